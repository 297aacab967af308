package io.opendoms.order.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opendoms.platform.retention.PacedPurger;
import io.opendoms.platform.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/** Outbound notifications to a local receiver: signed, retried, listed with their attempts, sent again. */
class SubscriptionIT extends OrderServiceIT {

    private WireMockServer receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    private JsonNode subscribe(String token, String path, String... eventTypes) {
        Http.Response created = http().post("/api/v1/subscriptions", token, """
                {"url": "%s", "eventTypes": %s}""".formatted(receiver.baseUrl() + path,
                Http.JSON.writeValueAsString(List.of(eventTypes))), Map.of());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    @Test
    void deliversSignedNotificationsOfTheChannelsOrders() {
        receiver.stubFor(post("/hooks").willReturn(aResponse().withStatus(204)));
        JsonNode subscription = subscribe(STOREFRONT, "/hooks", "order.received");
        String secret = subscription.get("secret").asString();
        assertThat(secret).startsWith("whsec_");

        UUID mine = placeOrder(STOREFRONT, anOrder());
        placeOrder(MARKETPLACE, anOrder());

        await().until(() -> received("/hooks").stream().anyMatch(r -> r.getBodyAsString().contains(mine.toString())));
        LoggedRequest request = received("/hooks").stream()
                .filter(r -> r.getBodyAsString().contains(mine.toString())).findFirst().orElseThrow();
        byte[] body = request.getBodyAsString().getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignatures.verify(secret, request.getHeader("OMS-Signature"), body))
                .as("signed with the subscription's secret").isTrue();
        JsonNode payload = Http.JSON.readTree(body);
        assertThat(payload.get("type").asString()).isEqualTo("order.received");
        assertThat(payload.get("eventId").asString()).isNotBlank();
        assertThat(payload.get("data").get("status").asString()).isEqualTo("RECEIVED");
        assertThat(payload.get("data").get("lines")).hasSize(2);
        assertThat(received("/hooks")).as("only the storefront's order")
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("\"channel\":\"storefront\""));

        UUID id = UUID.fromString(subscription.get("id").asString());
        await().until(() -> deliveries(STOREFRONT, id).findValuesAsString("status").contains("DELIVERED"));
        JsonNode delivery = deliveries(STOREFRONT, id).get(0);
        assertThat(delivery.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(204);
    }

    @Test
    void retriesAnEndpointThatFailsAndCanSendAgain() {
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribe(STOREFRONT, "/flaky", "order.received");
        UUID id = UUID.fromString(subscription.get("id").asString());

        UUID orderId = placeOrder(STOREFRONT, anOrder());

        await().until(() -> deliveries(STOREFRONT, id).findValuesAsString("status").contains("DELIVERED"));
        JsonNode delivery = deliveries(STOREFRONT, id).get(0);
        assertThat(delivery.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(delivery.get("attemptLog").findValuesAsString("statusCode")).containsExactly("503", "200");
        assertThat(received("/flaky")).hasSize(2);
        String eventId = delivery.get("eventId").asString();

        Http.Response resend = http().post("/api/v1/subscriptions/" + id + "/deliveries/" + delivery.get("id")
                .asString() + "/resend", STOREFRONT, "{}", Map.of());

        assertThat(resend.status()).as(resend.text()).isEqualTo(202);
        await().until(() -> received("/flaky").size() == 3);
        assertThat(received("/flaky").get(2).getBodyAsString()).as("the same event again").contains(eventId);
    }

    @Test
    void aChannelSeesOnlyItsOwnSubscriptions() {
        JsonNode mine = subscribe(STOREFRONT, "/mine", "order.shipped");
        String path = "/api/v1/subscriptions/" + mine.get("id").asString();

        assertThat(http().get(path + "/deliveries", MARKETPLACE).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/subscriptions", MARKETPLACE).json().get("items").toString())
                .doesNotContain(mine.get("id").asString());
        assertThat(http().get("/api/v1/subscriptions", STOREFRONT).json().get("items").toString())
                .contains(mine.get("id").asString()).doesNotContain("whsec_");
        assertThat(http().get("/api/v1/subscriptions", OPS).json().get("items").toString())
                .contains(mine.get("id").asString());
    }

    @Test
    void refusesUnknownEventTypesNamingEach() {
        Http.Response bad = http().post("/api/v1/subscriptions", STOREFRONT, """
                {"url": "not a url", "eventTypes": ["order.shipped", "order.teleported", "order.shipped"]}""",
                Map.of());

        assertThat(bad.status()).as(bad.text()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .containsExactly("url", "eventTypes[1]", "eventTypes[2]");
        assertThat(http().post("/api/v1/subscriptions", STOREFRONT, "{\"url\": \"https://x.example\"}", Map.of())
                .status()).isEqualTo(400);
    }

    @Test
    void endedDeliveriesArePurgedAfterTheRetentionWithTheirAttempts(
            @Autowired @Qualifier("deliveryPurger") PacedPurger purger) {
        receiver.stubFor(post("/old").willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribe(STOREFRONT, "/old", "order.received");
        UUID id = UUID.fromString(subscription.get("id").asString());
        placeOrder(STOREFRONT, anOrder());
        placeOrder(STOREFRONT, anOrder());
        await().until(() -> deliveries(STOREFRONT, id).findValuesAsString("status").stream()
                .filter("DELIVERED"::equals).count() == 2);
        UUID old = UUID.fromString(deliveries(STOREFRONT, id).get(1).get("id").asString());
        jdbc.update("update subscription_delivery set created_at = now() - interval '8 days' where id = ?", old);

        purger.purge();

        assertThat(deliveries(STOREFRONT, id).findValuesAsString("id")).hasSize(1).doesNotContain(old.toString());
        assertThat(jdbc.queryForObject("select count(*) from subscription_delivery_attempt where delivery_id = ?",
                Integer.class, old)).isZero();
    }

    private JsonNode deliveries(String token, UUID subscriptionId) {
        Http.Response response = http().get("/api/v1/subscriptions/" + subscriptionId + "/deliveries", token);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("items");
    }
}
