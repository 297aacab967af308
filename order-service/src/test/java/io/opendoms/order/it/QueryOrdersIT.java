package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static io.opendoms.order.it.OrderRequests.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class QueryOrdersIT extends OrderServiceIT {

    @Test
    void aChannelSeesOnlyItsOwnOrdersAndOpsSeeAll() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        String path = "/api/v1/orders/" + orderId;

        assertThat(http().get(path, STOREFRONT).status()).isEqualTo(200);
        assertThat(http().get(path, OPS).status()).isEqualTo(200);
        Http.Response hidden = http().get(path, MARKETPLACE);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(http().get(path + "/timeline", MARKETPLACE).status()).isEqualTo(404);
        assertThat(http().get(path + "/timeline", STOREFRONT).status()).isEqualTo(200);
    }

    @Test
    void answersProblemsForBadOrUnknownIds() {
        Http.Response malformed = http().get("/api/v1/orders/not-a-uuid", OPS);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Http.Response unknown = http().get("/api/v1/orders/" + UUID.randomUUID(), OPS);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(http().get("/api/v1/orders/" + UUID.randomUUID() + "/timeline", OPS).status()).isEqualTo(404);
    }

    @Test
    void readingNeedsATokenWithTheReadScope() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());

        assertThat(http().get("/api/v1/orders/" + orderId, null).status()).isEqualTo(401);
        assertThat(http().get("/api/v1/orders/" + orderId, TestJwt.expired("storefront", "orders:read")).status())
                .isEqualTo(401);
        assertThat(http().get("/api/v1/orders/" + orderId, TestJwt.channel("storefront", "orders:write")).status())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/orders?size=1", TestJwt.channel("storefront", "orders:write")).status())
                .isEqualTo(403);
    }

    @Test
    void aTokenOfNeitherAChannelNorOpsIsForbidden() {
        String stranger = TestJwt.token("batch-job", null, List.of("orders:read", "orders:write"),
                Duration.ofMinutes(5));
        UUID orderId = placeOrder(STOREFRONT, anOrder());

        assertThat(http().get("/api/v1/orders/" + orderId, stranger).status()).isEqualTo(403);
        assertThat(http().get("/api/v1/orders", stranger).status()).isEqualTo(403);
        assertThat(place(stranger, UUID.randomUUID().toString(), anOrder()).status()).isEqualTo(403);
    }

    @Test
    void searchesByFiltersNewestFirstInPages() {
        String channel = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestJwt.channel(channel, "orders:read", "orders:write");
        String email = channel + "@example.com";
        Instant start = Instant.now();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode order = anOrder();
            object(order, "customer").put("email", i == 2 ? "Other-" + email : email.toUpperCase());
            ids.add(placeOrder(token, order));
        }
        String externalId = order(ids.get(1)).get("externalId").asString();

        JsonNode all = search(token, "");
        assertThat(ids(all)).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
        assertThat(all.get("size").asInt()).isEqualTo(20);

        JsonNode firstPage = search(token, "size=2&page=0");
        JsonNode secondPage = search(token, "size=2&page=1");
        assertThat(ids(firstPage)).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(secondPage)).containsExactly(ids.get(0));
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("totalItems").asLong()).isEqualTo(3);

        assertThat(ids(search(token, "email=" + email))).as("case-insensitive email")
                .containsExactly(ids.get(1), ids.get(0));
        assertThat(ids(search(token, "externalId=" + externalId))).containsExactly(ids.get(1));
        assertThat(ids(search(token, "status=RECEIVED"))).hasSize(3);
        assertThat(ids(search(token, "status=SHIPPED"))).isEmpty();
        Instant secondCreated = Instant.parse(order(ids.get(1)).get("createdAt").asString());
        assertThat(ids(search(token, "from=" + secondCreated))).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(search(token, "from=" + start + "&to=" + secondCreated))).containsExactly(ids.get(0));

        assertThat(ids(search(OPS, "channel=" + channel))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(ids(search(STOREFRONT, "channel=" + channel))).as("a channel client never sees another's")
                .isEmpty();
        assertThat(ids(search(STOREFRONT, "email=" + email))).isEmpty();
    }

    @Test
    void rejectsInvalidSearchParametersNamingEach() {
        Http.Response rejected = http().get(
                "/api/v1/orders?status=LOST&from=yesterday&to=2026-01-01T00:00:00Z&page=-1&size=101", OPS);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("status", "from", "page", "size");
        assertThat(http().get("/api/v1/orders?size=0", OPS).status()).isEqualTo(400);
        assertThat(http().get("/api/v1/orders?page=x", OPS).status()).isEqualTo(400);
        assertThat(http().get("/api/v1/orders?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", OPS).status())
                .isEqualTo(400);
    }

    private JsonNode search(String token, String query) {
        Http.Response response = http().get("/api/v1/orders?" + query, token);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }
}
