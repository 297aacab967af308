package io.opendoms.order.domain;

import static io.opendoms.order.domain.OrderFixture.T0;
import static io.opendoms.order.domain.OrderFixture.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoldRulesTest {

    /** The fixture: ada@example.com, 10001 New York at its own coordinates, SKU-1 × 2 at 10.50 and SKU-2 × 1 at 5. */
    private static final NewOrder ORDER = aDraft().validate();
    private static final PostalCodeCheck NEW_YORK = new PostalCodeCheck.Located(40.750649, -73.997298);

    private static HoldRules rules(BigDecimal maxTotal, Integer maxUnits, List<String> domains, List<String> countries) {
        return new HoldRules(maxTotal, maxUnits, domains, countries);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no rules", HoldRules.NONE, NEW_YORK, List.of()),
                Arguments.of("total at the limit", rules(new BigDecimal("26.00"), null, List.of(), List.of()), NEW_YORK,
                        List.of()),
                Arguments.of("total above the limit", rules(new BigDecimal("25.99"), null, List.of(), List.of()),
                        NEW_YORK, List.of(HoldRule.ORDER_TOTAL_OVER_LIMIT)),
                Arguments.of("units at the limit", rules(null, 2, List.of(), List.of()), NEW_YORK, List.of()),
                Arguments.of("units above the limit", rules(null, 1, List.of(), List.of()), NEW_YORK,
                        List.of(HoldRule.TOO_MANY_UNITS_OF_SKU)),
                Arguments.of("blocked domain", rules(null, null, List.of("EXAMPLE.com"), List.of()), NEW_YORK,
                        List.of(HoldRule.BLOCKED_EMAIL_DOMAIN)),
                Arguments.of("blocked parent domain", rules(null, null, List.of("com"), List.of()), NEW_YORK,
                        List.of(HoldRule.BLOCKED_EMAIL_DOMAIN)),
                Arguments.of("a domain that merely ends alike", rules(null, null, List.of("ample.com"), List.of()),
                        NEW_YORK, List.of()),
                Arguments.of("served country", rules(null, null, List.of(), List.of("CA", "US")), NEW_YORK, List.of()),
                Arguments.of("country not served", rules(null, null, List.of(), List.of("CA")), NEW_YORK,
                        List.of(HoldRule.COUNTRY_NOT_SERVED)),
                Arguments.of("unknown postal code", HoldRules.NONE, new PostalCodeCheck.Unknown(),
                        List.of(HoldRule.UNKNOWN_POSTAL_CODE)),
                Arguments.of("coordinates in Boston for a New York ZIP", HoldRules.NONE,
                        new PostalCodeCheck.Located(42.355, -71.066), List.of(HoldRule.ADDRESS_GEO_MISMATCH)),
                Arguments.of("coordinates 100 km away", HoldRules.NONE,
                        new PostalCodeCheck.Located(41.65, -73.99), List.of()),
                Arguments.of("not checked", HoldRules.NONE, new PostalCodeCheck.NotChecked(), List.of()),
                Arguments.of("everything at once", rules(BigDecimal.ONE, 1, List.of("example.com"), List.of("DE")),
                        new PostalCodeCheck.Unknown(), List.of(HoldRule.ORDER_TOTAL_OVER_LIMIT,
                                HoldRule.TOO_MANY_UNITS_OF_SKU, HoldRule.BLOCKED_EMAIL_DOMAIN,
                                HoldRule.COUNTRY_NOT_SERVED, HoldRule.UNKNOWN_POSTAL_CODE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void holdsExactlyTheOrdersThatBreakARule(String name, HoldRules rules, PostalCodeCheck postalCode,
                                             List<HoldRule> expected) {
        assertThat(rules.evaluate(ORDER, postalCode)).extracting(HoldReason::rule).containsExactlyElementsOf(expected);
    }

    @Test
    void reasonsCarryTheFiguresThatBrokeTheRule() {
        assertThat(rules(new BigDecimal("20"), 1, List.of(), List.of()).evaluate(ORDER, NEW_YORK))
                .extracting(HoldReason::detail)
                .containsExactly("Order total 26.00 USD is above the limit of 20", "2 units of SKU SKU-1, more than 1");
    }

    @Test
    void unitsOfOneSkuCountOverAllItsLines() {
        NewOrder twoLines = OrderFixture.withLines(
                new OrderDraft.LineDraft(null, "SKU-1", 2, BigDecimal.ONE),
                new OrderDraft.LineDraft(null, "SKU-1", 2, BigDecimal.ONE)).validate();

        assertThat(rules(null, 3, List.of(), List.of()).evaluate(twoLines, NEW_YORK))
                .extracting(HoldReason::rule).containsExactly(HoldRule.TOO_MANY_UNITS_OF_SKU);
    }

    @Test
    void namesEveryInvalidField() {
        HoldRules bad = new HoldRules(new BigDecimal("-1"), 0, List.of("ok.example", "not a domain", "ok.example"),
                List.of("US", "XX", "us"));

        assertThat(bad.violations()).extracting(Violation::field).containsExactly("maxOrderTotal", "maxUnitsPerSku",
                "blockedEmailDomains[1]", "blockedEmailDomains[2]", "servedCountries[1]", "servedCountries[2]");
        assertThat(rules(new BigDecimal("0.00001"), null, List.of(), List.of()).violations())
                .extracting(Violation::field).containsExactly("maxOrderTotal");
        assertThat(rules(new BigDecimal("2500.00"), 1, List.of("fraud.example"), List.of("US")).violations()).isEmpty();
    }

    @Test
    void anOrderBreakingARuleIsReceivedOnHoldAndReleasedOnce() {
        List<HoldReason> reasons = List.of(new HoldReason(HoldRule.COUNTRY_NOT_SERVED, "Shipping country US ..."));
        Order order = Order.receive(UUID.randomUUID(), "storefront", ORDER, reasons, T0);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.getHoldReasons()).isEqualTo(reasons);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type)
                .containsExactly(TimelineEventType.ORDER_RECEIVED, TimelineEventType.PUT_ON_HOLD);

        order.release("ops", "checked with the customer", T0.plusSeconds(60));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.getHoldReasons()).isEmpty();
        assertThat(order.newTimelineEntries().getLast().detail())
                .isEqualTo("Released from hold by ops (checked with the customer); sourcing starts");
        assertThatThrownBy(() -> order.release("ops", null, T0.plusSeconds(61)))
                .isInstanceOf(OrderNotOnHoldException.class);
    }

    @Test
    void anOrderBreakingNoRuleIsReceived() {
        assertThat(Order.receive(UUID.randomUUID(), "storefront", ORDER, List.of(), T0).getStatus())
                .isEqualTo(OrderStatus.RECEIVED);
    }
}
