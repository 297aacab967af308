package io.opendoms.systemtests.security;

import static io.opendoms.systemtests.security.SecurityStack.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.opendoms.local.RunningStack;
import io.opendoms.systemtests.SystemStack;
import io.opendoms.systemtests.security.OpenApiOperations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the five OpenAPI documents against every way of presenting a bad token
 * (401), a token without scopes (403) and, for an order of another channel, a channel token
 * (404). Generated from the documents at run time: an endpoint added tomorrow is in the matrix
 * tomorrow, and fails it unless it is protected or on the explicit public allow-list.
 */
@SystemStack.Test
class SecurityMatrixIT {

  private final SecurityStack sec;

  SecurityMatrixIT(RunningStack stack) {
    this.sec = SecurityStack.of(stack);
  }

  /** An {@code Authorization} header value (null: none) that must be refused with 401. */
  private record BadCredentials(String name, Supplier<String> authorization) {}

  private List<BadCredentials> badCredentials() {
    TestTokens t = sec.tokens;
    Function<Map<String, Object>, Map<String, Object>> ops = changes -> {
      Map<String, Object> claims = t.claims("ops", null, TestTokens.OPS_SCOPES);
      changes.forEach((name, value) -> {
        if (value == null) {
          claims.remove(name);
        } else {
          claims.put(name, value);
        }
      });
      return claims;
    };
    long now = Instant.now().getEpochSecond();
    return List.of(
        new BadCredentials("no token", () -> null),
        new BadCredentials("malformed token", () -> "Bearer not-a-jwt"),
        new BadCredentials("truncated token", () -> {
          String token = t.ops();
          return "Bearer " + token.substring(0, token.length() - 12);
        }),
        new BadCredentials("empty bearer", () -> "Bearer "),
        new BadCredentials("client secret as Basic", () -> "Basic " + java.util.Base64.getEncoder()
            .encodeToString("ops:ops-secret".getBytes(StandardCharsets.UTF_8))),
        new BadCredentials("expired token", () -> "Bearer " + t.signed(ops.apply(Map.of(
            "iat", now - 1200, "nbf", now - 1200, "exp", now - 600)))),
        new BadCredentials("token not valid yet", () -> "Bearer " + t.signed(ops.apply(Map.of(
            "iat", now + 600, "nbf", now + 600, "exp", now + 1200)))),
        new BadCredentials("wrong issuer", () -> "Bearer " + t.signed(ops.apply(Map.of(
            "iss", "https://issuer.invalid")))),
        new BadCredentials("wrong audience", () -> "Bearer " + t.signed(ops.apply(Map.of(
            "aud", List.of("another-api"))))),
        new BadCredentials("no audience", () -> "Bearer " + t.signed(ops.apply(nulls("aud")))),
        new BadCredentials("unknown key, same kid", () -> "Bearer " + t.signedByStranger(ops.apply(Map.of()), true)),
        new BadCredentials("unknown key, other kid", () -> "Bearer " + t.signedByStranger(ops.apply(Map.of()), false)),
        new BadCredentials("alg none", () -> "Bearer " + t.unsigned(ops.apply(Map.of()))),
        new BadCredentials("alg swapped to HS256", () -> "Bearer " + t.algorithmSwapped(ops.apply(Map.of()))));
  }

  private static Map<String, Object> nulls(String... names) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String name : names) {
      map.put(name, null);
    }
    return map;
  }

  @TestFactory
  Stream<DynamicNode> everyOperationRefusesBadTokensMissingScopesAndOtherChannels() {
    List<Operation> operations = sec.operations();
    List<BadCredentials> bad = badCredentials();
    JsonNode storefrontOrder = sec.placeOrder("storefront", SecurityStack.DC_ONLY_SKU, 1);
    String orderId = storefrontOrder.path("id").asString();

    List<DynamicNode> nodes = new ArrayList<>();
    int cases = 0;
    nodes.add(dynamicTest("control: a minted ops token is accepted", () -> {
      RawHttp.Response response = sec.http.get("/api/v1/locations", sec.tokens.ops());
      assertThat(response.status()).as("the suite's own tokens must be valid, or every 401 proves nothing: %s",
          response).isEqualTo(200);
    }));
    nodes.add(dynamicTest("control: a minted storefront token is accepted", () -> {
      RawHttp.Response response = sec.http.get("/api/v1/orders/" + orderId, sec.tokens.channel("storefront"));
      assertThat(response.status()).as("%s", response).isEqualTo(200);
    }));
    cases += 2;
    for (String path : OpenApiOperations.PUBLIC_GETS) {
      nodes.add(dynamicTest("public: GET " + path + " answers without a token", () -> {
        RawHttp.Response response = sec.http.get(path, null);
        assertThat(response.status()).as("%s", response).isBetween(200, 399);
      }));
      cases++;
    }

    for (Operation operation : operations) {
      if (operation.isPublic()) {
        nodes.add(dynamicTest(operation.key() + " is on the public allow-list (signed webhook, see WebhookSecurityIT)",
            () -> assertThat(operation.path()).startsWith("/api/v1/webhooks/")));
        cases++;
        continue;
      }
      List<DynamicNode> tests = new ArrayList<>();
      for (BadCredentials credentials : bad) {
        tests.add(dynamicTest(credentials.name() + " → 401", () ->
            assertProblem(call(operation, orderId, credentials.authorization().get()), 401)));
      }
      tests.add(dynamicTest("token without scopes → 403", () -> {
        String scopeless = "Bearer " + sec.tokens.signed(sec.tokens.claims("storefront", "storefront", null));
        assertProblem(call(operation, orderId, scopeless), 403);
      }));
      tests.add(dynamicTest("token with an unrelated scope → 403", () -> {
        String unrelated = "Bearer " + sec.tokens.signed(sec.tokens.claims("storefront", "storefront", "profile"));
        assertProblem(call(operation, orderId, unrelated), 403);
      }));
      if (operation.path().contains("{orderId}")) {
        // an ops-only operation refuses every channel token for its scope before it looks at the order
        int expected = operation.opsOnly() ? 403 : 404;
        tests.add(dynamicTest("another channel's order → " + expected + ", unchanged", () -> {
          JsonNode before = order(orderId);
          assertProblem(call(operation, orderId, "Bearer " + sec.token("marketplace")), expected);
          assertThat(order(orderId)).as("the storefront order").isEqualTo(before);
        }));
      }
      cases += tests.size();
      nodes.add(dynamicContainer(operation.key(), tests));
    }

    nodes.add(dynamicTest("another channel's order is not found by search", () -> {
      RawHttp.Response found = sec.http.get("/api/v1/orders?externalId="
          + storefrontOrder.path("externalId").asString(), sec.token("marketplace"));
      assertThat(found.status()).as("%s", found).isEqualTo(200);
      assertThat(SecurityStack.items(found.json())).as("%s", found).isEmpty();
    }));
    nodes.add(dynamicTest("a channel cannot search another channel by filter", () -> {
      RawHttp.Response found = sec.http.get("/api/v1/orders?channel=storefront&size=100", sec.token("marketplace"));
      if (found.status() == 200) {
        assertThat(SecurityStack.items(found.json())).as("%s", found)
            .allSatisfy(o -> assertThat(o.path("channel").asString()).isEqualTo("marketplace"));
      } else {
        assertProblem(found, 400, 403);
      }
    }));
    cases += 2;
    System.out.printf("[security-matrix] %d operations in the OpenAPI documents, %d generated cases%n",
        operations.size(), cases);
    return nodes.stream();
  }

  private JsonNode order(String orderId) {
    RawHttp.Response response = sec.http.get("/api/v1/orders/" + orderId, sec.token("storefront"));
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  /**
   * The operation called with a valid request (harmless ids, required parameters and a valid
   * body), so that nothing but the credentials can be the reason for a refusal.
   */
  private RawHttp.Response call(Operation operation, String orderId, String authorization) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("orderId", orderId);
    ids.put("locationId", "SEC-NOWHERE-1");
    ids.put("sku", "SKU-SEC-NOWHERE");
    ids.put("carrier", "PARCEL_A");
    SchemaValues values = new SchemaValues(operation, ids);
    String path = operation.fill((name, schema) -> urlEncode(values.parameter(name, schema)));
    StringBuilder target = new StringBuilder(path);
    char separator = '?';
    for (OpenApiOperations.Parameter parameter : operation.in("query")) {
      if (parameter.required()) {
        target.append(separator).append(urlEncode(parameter.name())).append('=')
            .append(urlEncode(values.parameter(parameter.name(), parameter.schema())));
        separator = '&';
      }
    }
    List<RawHttp.Header> headers = new ArrayList<>();
    if (authorization != null) {
      headers.add(new RawHttp.Header("Authorization", authorization));
    }
    for (OpenApiOperations.Parameter parameter : operation.in("header")) {
      if (parameter.required() || parameter.name().equalsIgnoreCase("Idempotency-Key")) {
        headers.add(new RawHttp.Header(parameter.name(), UUID.randomUUID().toString()));
      }
    }
    byte[] body = null;
    if (operation.bodySchema() != null) {
      headers.add(new RawHttp.Header("Content-Type", operation.bodyType()));
      body = RawHttp.JSON.writeValueAsBytes(values.instance(operation.bodySchema()));
    } else if (operation.mutates()) {
      body = new byte[0];
    }
    return sec.http.send(operation.method(), target.toString(), headers, body);
  }

  static String urlEncode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
