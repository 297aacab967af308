package io.opendoms.order.domain;

import static io.opendoms.order.domain.OrderFixture.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderDraftTest {

    @Test
    void aValidDraftBecomesTheCanonicalOrder() {
        NewOrder order = aDraft().validate();

        assertThat(order.deliveryMethod()).isEqualTo(DeliveryMethod.SHIP);
        assertThat(order.serviceLevel()).isEqualTo(ServiceLevel.STANDARD);
        assertThat(order.lines()).extracting(NewOrder.NewLine::lineId).containsExactly("1", "2");
        assertThat(order.lines()).extracting(l -> l.unitPrice().toPlainString()).containsExactly("10.50", "5.00");
    }

    @Test
    void draftsThatMeanTheSameOrderAreEqual() {
        NewOrder implicit = aDraft().validate();
        NewOrder explicit = OrderFixture.withLines(
                new OrderDraft.LineDraft("1", "SKU-1", 2, new BigDecimal("10.5000")),
                new OrderDraft.LineDraft("2", "SKU-2", 1, new BigDecimal("5.0"))).validate();

        assertThat(explicit).isEqualTo(implicit);
    }

    @Test
    void acceptsAPickupOrderWithItsLocationAndAReservation() {
        UUID reservation = UUID.randomUUID();
        NewOrder order = draft(d -> d.deliveryMethod("CURBSIDE").pickupLocationId("STORE-12")
                .reservationId(reservation.toString())).validate();

        assertThat(order.pickupLocationId()).isEqualTo("STORE-12");
        assertThat(order.reservationId()).isEqualTo(reservation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void namesTheBadField(String field, UnaryOperator<DraftBuilder> change) {
        OrderDraft draft = draft(change);

        InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, draft::validate);

        assertThat(e).as("rejected").isNotNull();
        assertThat(e.violations()).extracting(Violation::field).containsExactly(field);
    }

    static Stream<Arguments> invalidDrafts() {
        BigDecimal one = BigDecimal.ONE;
        return Stream.of(
                invalid("customer.email", d -> d.customer(null)),
                invalid("customer.email", d -> d.customer(new Customer(" ", null))),
                invalid("customer.email", d -> d.customer(new Customer("ada.example.com", null))),
                invalid("customer.email", d -> d.customer(new Customer("ada@", null))),
                invalid("customer.email", d -> d.customer(new Customer("a@b@example.com", null))),
                invalid("customer.name", d -> d.customer(new Customer("ada@example.com", "x".repeat(201)))),
                invalid("shippingAddress.name", d -> d.address(a -> a.name(null))),
                invalid("shippingAddress.line1", d -> d.address(a -> a.line1(""))),
                invalid("shippingAddress.city", d -> d.address(a -> a.city(null))),
                invalid("shippingAddress.region", d -> d.address(a -> a.region(null))),
                invalid("shippingAddress.postalCode", d -> d.address(a -> a.postalCode(null))),
                invalid("shippingAddress.country", d -> d.address(a -> a.country(null))),
                invalid("shippingAddress.country", d -> d.address(a -> a.country("USA"))),
                invalid("shippingAddress.country", d -> d.address(a -> a.country("us"))),
                invalid("shippingAddress.country", d -> d.address(a -> a.country("XX"))),
                invalid("shippingAddress.latitude", d -> d.address(a -> a.latitude(90.5))),
                invalid("shippingAddress.longitude", d -> d.address(a -> a.longitude(-180.01))),
                invalid("shippingAddress.longitude", d -> d.address(a -> a.longitude(null))),
                invalid("shippingAddress.line2", d -> d.address(a -> a.line2("Apt\u00004"))),
                invalid("deliveryMethod", d -> d.deliveryMethod(null)),
                invalid("deliveryMethod", d -> d.deliveryMethod("ship")),
                invalid("deliveryMethod", d -> d.deliveryMethod("DRONE")),
                invalid("pickupLocationId", d -> d.deliveryMethod("PICKUP")),
                invalid("pickupLocationId", d -> d.deliveryMethod("CURBSIDE").pickupLocationId(" ")),
                invalid("pickupLocationId", d -> d.deliveryMethod("PICKUP").pickupLocationId("store 12")),
                invalid("pickupLocationId", d -> d.pickupLocationId("STORE-12")),
                invalid("serviceLevel", d -> d.serviceLevel(null)),
                invalid("serviceLevel", d -> d.serviceLevel("OVERNIGHT")),
                invalid("currency", d -> d.currency(null)),
                invalid("currency", d -> d.currency("usd")),
                invalid("currency", d -> d.currency("ABC")),
                invalid("currency", d -> d.currency("XAU")),
                invalid("lines", d -> d.lines(null)),
                invalid("lines", d -> d.lines(List.of())),
                invalid("lines", d -> d.lines(Collections.nCopies(101, new OrderDraft.LineDraft(null, "S", 1, one)))),
                invalid("lines[1]", d -> d.lines(Collections.singletonList(null), 1)),
                invalid("lines[0].sku", d -> d.line(0, new OrderDraft.LineDraft(null, null, 1, one))),
                invalid("lines[0].sku", d -> d.line(0, new OrderDraft.LineDraft(null, "SKU 1", 1, one))),
                invalid("lines[0].quantity", d -> d.line(0, new OrderDraft.LineDraft(null, "S", null, one))),
                invalid("lines[0].quantity", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 0, one))),
                invalid("lines[0].quantity", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 10_001, one))),
                invalid("lines[0].unitPrice", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 1, null))),
                invalid("lines[0].unitPrice", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 1,
                        new BigDecimal("-0.01")))),
                invalid("lines[0].unitPrice", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 1,
                        new BigDecimal("1.001")))),
                invalid("lines[0].unitPrice", d -> d.line(0, new OrderDraft.LineDraft(null, "S", 1,
                        new BigDecimal("1e9")))),
                invalid("lines[0].unitPrice", d -> d.currency("JPY").line(0, new OrderDraft.LineDraft(null, "S", 1,
                        new BigDecimal("100.5")))),
                invalid("lines[0].lineId", d -> d.line(0, new OrderDraft.LineDraft("line 1", "S", 1, one))),
                invalid("lines[1].lineId", d -> d.line(1, new OrderDraft.LineDraft("1", "S", 1, one))),
                invalid("lines[1].lineId", d -> d.line(0, new OrderDraft.LineDraft("2", "S", 1, one))),
                invalid("externalId", d -> d.externalId("x".repeat(129))),
                invalid("reservationId", d -> d.reservationId("not-a-uuid")),
                invalid("reservationId", d -> d.reservationId("1-2-3-4-5")));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        OrderDraft draft = draft(d -> d.customer(new Customer("nope", null)).address(a -> a.country("Narnia"))
                .deliveryMethod("PICKUP").serviceLevel("SLOW").currency("EURO")
                .line(0, new OrderDraft.LineDraft(null, "SKU-1", 0, new BigDecimal("-1"))));

        assertThatThrownBy(draft::validate).isInstanceOfSatisfying(InvalidOrderException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(
                        "customer.email", "shippingAddress.country", "pickupLocationId", "serviceLevel", "currency",
                        "lines[0].quantity", "lines[0].unitPrice"));
    }

    @Test
    void reportsEveryMissingAddressFieldWhenTheAddressIsMissing() {
        assertThatThrownBy(draft(d -> d.address((ShippingAddress) null))::validate)
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("shippingAddress.name", "shippingAddress.line1",
                                "shippingAddress.city", "shippingAddress.region", "shippingAddress.postalCode",
                                "shippingAddress.country"));
    }

    private static Arguments invalid(String field, UnaryOperator<DraftBuilder> change) {
        return Arguments.of(field, change);
    }

    private static OrderDraft draft(UnaryOperator<DraftBuilder> change) {
        return change.apply(new DraftBuilder(aDraft())).build();
    }

    /** Changes one thing of a valid draft. */
    static final class DraftBuilder {
        private String externalId;
        private Customer customer;
        private ShippingAddress address;
        private String deliveryMethod;
        private String pickupLocationId;
        private String serviceLevel;
        private String currency;
        private List<OrderDraft.LineDraft> lines;
        private String reservationId;

        DraftBuilder(OrderDraft d) {
            externalId = d.externalId();
            customer = d.customer();
            address = d.shippingAddress();
            deliveryMethod = d.deliveryMethod();
            pickupLocationId = d.pickupLocationId();
            serviceLevel = d.serviceLevel();
            currency = d.currency();
            lines = new ArrayList<>(d.lines());
            reservationId = d.reservationId();
        }

        DraftBuilder externalId(String v) { externalId = v; return this; }
        DraftBuilder customer(Customer v) { customer = v; return this; }
        DraftBuilder address(ShippingAddress v) { address = v; return this; }
        DraftBuilder address(UnaryOperator<AddressBuilder> change) {
            address = change.apply(new AddressBuilder(address)).build();
            return this;
        }
        DraftBuilder deliveryMethod(String v) { deliveryMethod = v; return this; }
        DraftBuilder pickupLocationId(String v) { pickupLocationId = v; return this; }
        DraftBuilder serviceLevel(String v) { serviceLevel = v; return this; }
        DraftBuilder currency(String v) { currency = v; return this; }
        DraftBuilder lines(List<OrderDraft.LineDraft> v) { lines = v; return this; }
        DraftBuilder lines(List<OrderDraft.LineDraft> extra, int keep) {
            List<OrderDraft.LineDraft> l = new ArrayList<>(lines.subList(0, keep));
            l.addAll(extra);
            lines = l;
            return this;
        }
        DraftBuilder line(int i, OrderDraft.LineDraft v) { lines.set(i, v); return this; }
        DraftBuilder reservationId(String v) { reservationId = v; return this; }

        OrderDraft build() {
            return new OrderDraft(externalId, customer, address, deliveryMethod, pickupLocationId, serviceLevel,
                    currency, lines, reservationId);
        }
    }

    static final class AddressBuilder {
        private String name;
        private String line1;
        private String line2;
        private String city;
        private String region;
        private String postalCode;
        private String country;
        private Double latitude;
        private Double longitude;

        AddressBuilder(ShippingAddress a) {
            name = a.name();
            line1 = a.line1();
            line2 = a.line2();
            city = a.city();
            region = a.region();
            postalCode = a.postalCode();
            country = a.country();
            latitude = a.latitude();
            longitude = a.longitude();
        }

        AddressBuilder name(String v) { name = v; return this; }
        AddressBuilder line1(String v) { line1 = v; return this; }
        AddressBuilder line2(String v) { line2 = v; return this; }
        AddressBuilder city(String v) { city = v; return this; }
        AddressBuilder region(String v) { region = v; return this; }
        AddressBuilder postalCode(String v) { postalCode = v; return this; }
        AddressBuilder country(String v) { country = v; return this; }
        AddressBuilder latitude(Double v) { latitude = v; return this; }
        AddressBuilder longitude(Double v) { longitude = v; return this; }

        ShippingAddress build() {
            return new ShippingAddress(name, line1, line2, city, region, postalCode, country, latitude, longitude);
        }
    }
}
