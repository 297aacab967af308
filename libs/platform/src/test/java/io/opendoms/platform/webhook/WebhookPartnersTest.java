package io.opendoms.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPartnersTest {

    private static final WebhookProperties.Endpoint WMS =
            new WebhookProperties.Endpoint("/api/v1/webhooks/wms", PartnerType.WMS);
    private static final WebhookProperties.Endpoint CARRIERS =
            new WebhookProperties.Endpoint("/api/v1/webhooks/carriers/{carrier}", PartnerType.CARRIER);

    private static WebhookProperties properties(String defaultWms, WebhookProperties.Partner... partners) {
        return new WebhookProperties(List.of(WMS, CARRIERS), List.of(partners), defaultWms, Duration.ofSeconds(300),
                1024, List.of());
    }

    @Test
    void apiPathsBelowTheNamespaceAreNoWebhooksSpelledExactly() {
        WebhookPartners partners = new WebhookPartners(new WebhookProperties(List.of(WMS, CARRIERS),
                List.of(new WebhookProperties.Partner("wms-default", PartnerType.WMS, List.of("s"), null, null)), null,
                Duration.ofSeconds(300), 1024, List.of("/api/v1/webhooks/inbox")));

        assertThat(partners.isApiPath("/api/v1/webhooks/inbox")).isTrue();
        assertThat(partners.isApiPath("/api/v1/webhooks/inbox/6f1c/replay")).isTrue();
        assertThat(partners.isApiPath("/api/v1/webhooks/inboxes")).isFalse();
        assertThat(partners.isApiPath("/api/v1/webhooks/INBOX")).isFalse();
        assertThat(partners.isApiPath("/api/v1/webhooks/wms")).isFalse();
    }

    @Test
    void refusesAnApiPathThatWouldHoldAWebhook() {
        assertThatThrownBy(() -> new WebhookPartners(new WebhookProperties(List.of(WMS, CARRIERS),
                List.of(new WebhookProperties.Partner("wms-default", PartnerType.WMS, List.of("s"), null, null)), null,
                Duration.ofSeconds(300), 1024, List.of("/api/v1/webhooks/carriers"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/api/v1/webhooks/carriers/{carrier}");
    }

    @Test
    void aServiceWithWebhooksButNoPartnersRefusesToStartNamingTheSetting() {
        assertThatThrownBy(() -> new WebhookPartners(properties(null)))
                .hasMessageContaining("opendoms.webhooks.partners is not set");
    }

    @Test
    void aPartnerWithoutSecretRefusesToStartNamingTheSettingButNotAnySecret() {
        assertThatThrownBy(() -> new WebhookPartners(properties(null,
                new WebhookProperties.Partner("wms-a", PartnerType.WMS, List.of("s3cret"), null, null),
                new WebhookProperties.Partner("wms-b", PartnerType.WMS, List.of(" "), null, null))))
                .hasMessageContaining("opendoms.webhooks.partners[1].secrets is not set for partner wms-b")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void theDefaultWmsPartnerMustBeAConfiguredWmsPartner() {
        assertThatThrownBy(() -> new WebhookPartners(properties("PARCEL_A",
                new WebhookProperties.Partner("PARCEL_A", PartnerType.CARRIER, List.of("x"), null, null))))
                .hasMessageContaining("default-wms-partner names PARCEL_A");
    }

    @Test
    void matchesExactPathsOnlyAndReadsTheCarrierSegment() {
        WebhookPartners partners = new WebhookPartners(properties("wms-a",
                new WebhookProperties.Partner("wms-a", PartnerType.WMS, List.of("x"), null, null),
                new WebhookProperties.Partner("PARCEL_A", PartnerType.CARRIER, List.of("y"), null, null)));
        assertThat(partners.match("/api/v1/webhooks/wms")).isPresent();
        assertThat(partners.match("/api/v1/webhooks/wms/")).isEmpty();
        assertThat(partners.match("/api/v1/webhooks/WMS")).isEmpty();
        assertThat(partners.match("/api/v1/webhooks/carriers/PARCEL_A").orElseThrow().carrier()).isEqualTo("PARCEL_A");
        assertThat(partners.match("/api/v1/webhooks/carriers/")).isEmpty();
        assertThat(partners.match("/api/v1/webhooks/carriers/A/B")).isEmpty();

        WebhookPartners.Match wms = partners.match("/api/v1/webhooks/wms").orElseThrow();
        assertThat(partners.claimed(wms, null).orElseThrow().id()).isEqualTo("wms-a");
        assertThat(partners.claimed(wms, "PARCEL_A")).isEmpty();
        WebhookPartners.Match carrier = partners.match("/api/v1/webhooks/carriers/parcel_a").orElseThrow();
        assertThat(partners.claimed(carrier, null).orElseThrow().id()).isEqualTo("PARCEL_A");
        assertThat(partners.identity(partners.claimed(carrier, null).orElseThrow()).carries("parcel_a")).isTrue();
    }

    @Test
    void partnerToStringHidesSecrets() {
        assertThat(new WebhookProperties.Partner("p", PartnerType.WMS, List.of("s3cret"), null, null).toString())
                .doesNotContain("s3cret");
    }
}
