package io.opendoms.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.local.RunningStack;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * What the security suites share in one test JVM: a raw client of the gateway, tokens (the demo
 * clients' real ones and minted ones), the operations of the OpenAPI documents, and orders placed
 * to obtain real fulfillments.
 */
public final class SecurityStack {

  public static final String WMS_SECRET = "wms-demo-secret";
  public static final String WMS_EAST_SECRET = "wms-east-demo-secret";
  public static final String CARRIER_SECRET = "carrier-demo-secret";
  /** Stocked at the four distribution centres only (none of them names a WMS partner). */
  public static final String DC_ONLY_SKU = "SKU-10043";
  public static final Duration SETTLE = Duration.ofSeconds(60);

  private static final Map<String, String> SECRETS = Map.of(
      "storefront", "storefront-secret", "marketplace", "marketplace-secret", "ops", "ops-secret");
  private static SecurityStack shared;

  public final RawHttp http;
  public final TestTokens tokens;
  public final String gatewayUrl;
  private List<OpenApiOperations.Operation> operations;
  private final Map<String, Token> issued = new ConcurrentHashMap<>();

  private record Token(String value, Instant renewAt) {}

  private SecurityStack(RunningStack stack) {
    this.gatewayUrl = stack.gatewayUrl();
    this.http = new RawHttp(gatewayUrl);
    this.tokens = TestTokens.of(stack.dataDir(), gatewayUrl);
  }

  public static synchronized SecurityStack of(RunningStack stack) {
    if (shared == null || !shared.gatewayUrl.equals(stack.gatewayUrl())) {
      shared = new SecurityStack(stack);
    }
    return shared;
  }

  public synchronized List<OpenApiOperations.Operation> operations() {
    if (operations == null) {
      operations = OpenApiOperations.load(http);
    }
    return operations;
  }

  /** A demo client's token from {@code POST /oauth2/token}, renewed at half its lifetime. */
  public String token(String clientId) {
    Token token = issued.get(clientId);
    if (token == null || Instant.now().isAfter(token.renewAt())) {
      String basic = Base64.getEncoder().encodeToString(
          (clientId + ":" + SECRETS.get(clientId)).getBytes(StandardCharsets.UTF_8));
      RawHttp.Response response = http.send("POST", "/oauth2/token", List.of(
          new RawHttp.Header("Authorization", "Basic " + basic),
          new RawHttp.Header("Content-Type", "application/x-www-form-urlencoded")),
          "grant_type=client_credentials");
      if (response.status() != 200) {
        throw new AssertionError("no token for " + clientId + ": " + response);
      }
      JsonNode json = response.json();
      long lifetime = json.path("expires_in").asLong(300);
      token = new Token(json.path("access_token").asString(), Instant.now().plusSeconds(Math.max(10, lifetime / 2)));
      issued.put(clientId, token);
    }
    return token.value();
  }

  /** Places a SHIP order to New York as {@code clientId}; answers the created order. */
  public JsonNode placeOrder(String clientId, String sku, int quantity) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("externalId", "sec-" + UUID.randomUUID());
    order.put("customer", Map.of("email", "sec@example.com", "name", "Security Suite"));
    order.put("shippingAddress", Map.of("name", "Security Suite", "line1", "1 Test Street", "city", "New York",
        "region", "NY", "postalCode", "10001", "country", "US"));
    order.put("deliveryMethod", "SHIP");
    order.put("serviceLevel", "STANDARD");
    order.put("currency", "USD");
    order.put("lines", List.of(Map.of("sku", sku, "quantity", quantity, "unitPrice", new BigDecimal("5.00"))));
    RawHttp.Response created = http.json("POST", "/api/v1/orders", token(clientId), order,
        new RawHttp.Header("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json();
  }

  /** The order's one fulfillment, once released to its location. */
  public JsonNode awaitReleasedFulfillment(String orderId) {
    JsonNode[] found = new JsonNode[1];
    await("fulfillment of order " + orderId).atMost(SETTLE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
      RawHttp.Response list = http.get("/api/v1/fulfillments?orderId=" + orderId, token("ops"));
      assertThat(list.status()).as("%s", list).isEqualTo(200);
      List<JsonNode> items = items(list.json());
      assertThat(items).as("%s", list).hasSize(1);
      assertThat(items.getFirst().path("status").asString()).as("%s", list).isEqualTo("RELEASED");
      found[0] = items.getFirst();
    });
    return found[0];
  }

  /** A fresh released fulfillment of a storefront order for {@code sku}. */
  public JsonNode releasedFulfillment(String sku) {
    return awaitReleasedFulfillment(placeOrder("storefront", sku, 1).path("id").asString());
  }

  public JsonNode fulfillment(String fulfillmentId) {
    RawHttp.Response response = http.get("/api/v1/fulfillments/" + fulfillmentId, token("ops"));
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  public String fulfillmentStatus(String fulfillmentId) {
    return fulfillment(fulfillmentId).path("status").asString();
  }

  /** A webhook POST, signed at {@code at} with {@code secret}; {@code partner} null sends no OMS-Partner. */
  public RawHttp.Response webhook(String target, String partner, String secret, Instant at, String body) {
    List<RawHttp.Header> headers = new ArrayList<>();
    headers.add(new RawHttp.Header("Content-Type", "application/json"));
    if (secret != null) {
      headers.add(new RawHttp.Header("OMS-Signature", signature(secret, at, body)));
    }
    if (partner != null) {
      headers.add(new RawHttp.Header("OMS-Partner", partner));
    }
    return http.send("POST", target, headers, body);
  }

  public static String signature(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  public static String hmac(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<JsonNode> items(JsonNode answer) {
    JsonNode array = answer.isArray() ? answer : answer.path("items");
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** 4xx/5xx bodies are RFC 9457 problems whose status is the response's. */
  public static void assertProblem(RawHttp.Response response, Integer... statuses) {
    assertThat(response.status()).as("%s", response).isIn((Object[]) statuses);
    assertThat(response.isProblem()).as("problem+json: %s", response).isTrue();
    assertThat(response.json().path("status").asInt()).as("%s", response).isEqualTo(response.status());
  }
}
