package io.opendoms.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.local.RunningStack;
import io.opendoms.systemtests.SystemStack;
import io.opendoms.systemtests.security.OpenApiOperations.Operation;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A schema-guided fuzzer over every operation of the OpenAPI documents: valid requests (valid
 * tokens, correctly signed webhooks) with one hostile change each — wrong types, missing and extra
 * fields, huge strings and numbers, unicode, nulls, duplicate keys, deep nesting, garbage bodies,
 * wrong content types, odd headers, query parameters and path variables. No answer may be a 5xx,
 * every error is problem+json, and a refused change leaves the state as it was (read before and
 * after).
 *
 * <p>Short form in {@code ./mvnw verify}; the long form and reproduction of a run are in
 * docs/runbook.md ("Security tests"): {@code -Dopendoms.fuzz.requests=N -Dopendoms.fuzz.seed=S}.
 */
@SystemStack.Test
class FuzzIT {

  static final int DEFAULT_REQUESTS = 1200;
  static final String LOCATION = "FUZZ-LOC-1";
  static final String SKU = "FUZZ-SKU-1";
  static final String ORDER_SKU = "SKU-10044";
  private static final int MAX_REPORTED = 40;
  /** How long a digest must stay the same after an accepted change before it counts as settled. */
  private static final Duration QUIET = Duration.ofMillis(800);
  /** The services whose state {@link #digest} reads. */
  private static final List<String> DIGESTED = List.of("inventory", "order", "fulfillment", "routing", "returns");

  private final SecurityStack sec;

  FuzzIT(RunningStack stack) {
    this.sec = SecurityStack.of(stack);
  }

  record Finding(String kind, String operation, String mutation, int status, String detail) {}

  @Test
  void hostileRequestsNeverGetA5xxNorChangeState() {
    long seed = Long.getLong("opendoms.fuzz.seed", new Random().nextLong());
    int requests = Integer.getInteger("opendoms.fuzz.requests", DEFAULT_REQUESTS);
    System.out.printf("[fuzz] seed %d, %d requests (reproduce with -Dopendoms.fuzz.seed=%d -Dopendoms.fuzz.requests=%d)%n",
        seed, requests, seed, requests);
    Random random = new Random(seed);
    Map<String, String> ids = setUp();
    List<Operation> operations = sec.operations();
    // an accepted PUT of the hold rules would hold the orders of every later test: put them back afterwards
    JsonNode holdRules = sec.http.get("/api/v1/orders/hold-rules", sec.token("ops")).json();
    try {
      fuzz(random, requests, seed, ids, operations);
    } finally {
      Map<String, Object> rules = new LinkedHashMap<>();
      for (String field : List.of("maxOrderTotal", "maxUnitsPerSku", "blockedEmailDomains", "servedCountries")) {
        rules.put(field, holdRules.get(field));
      }
      assertThat(sec.http.json("PUT", "/api/v1/orders/hold-rules", sec.token("ops"), rules).status()).isEqualTo(200);
    }
  }

  private void fuzz(Random random, int requests, long seed, Map<String, String> ids, List<Operation> operations) {

    Map<String, Integer> classes = new TreeMap<>();
    Map<String, Integer> perOperation = new TreeMap<>();
    Map<String, Finding> findings = new LinkedHashMap<>();
    int findingCount = 0;
    Map<String, String> digests = new LinkedHashMap<>();
    // an accepted change since the last digest: the next one waits for its effects to land
    boolean unsettled = false;
    Instant began = Instant.now();
    int rateLimitedBefore = sec.http.rateLimited();
    for (int i = 0; i < requests; i++) {
      Operation operation = operations.get(random.nextInt(operations.size()));
      Request request = request(operation, ids, random);
      String before = null;
      if (operation.mutates()) {
        // after an accepted change its effects travel between services for a while (an accepted cancel reaches
        // the fulfillment a moment later): the state a refused request must leave alone is the settled one
        // of every service, not only this one: a change accepted by one service may still be travelling to another
        if (unsettled) {
          digests.putAll(settledDigests(ids));
          unsettled = false;
        }
        before = digests.containsKey(operation.service()) ? digests.get(operation.service())
            : digest(operation.service(), ids);
      }
      RawHttp.Response response;
      try {
        response = sec.http.send(operation.method(), request.target(), request.headers(), request.body());
      } catch (UncheckedIOException | AssertionError e) {
        classes.merge("no answer", 1, Integer::sum);
        findingCount++;
        findings.putIfAbsent(operation.key() + "|" + request.mutation() + "|io",
            new Finding("no answer", operation.key(), request.mutation(), 0, String.valueOf(e.getMessage())));
        digests.clear();
        continue;
      }
      int status = response.status();
      classes.merge(status / 100 + "xx", 1, Integer::sum);
      perOperation.merge(operation.key(), 1, Integer::sum);
      List<Finding> found = new ArrayList<>();
      if (status >= 500) {
        found.add(new Finding("5xx", operation.key(), request.mutation(), status, response.toString()));
      } else if (status >= 400 && !isProblem(response)) {
        found.add(new Finding("not problem+json", operation.key(), request.mutation(), status, response.toString()));
      }
      if (operation.mutates()) {
        if (status >= 400) {
          String after = digest(operation.service(), ids);
          if (!after.equals(before)) {
            found.add(new Finding("state changed", operation.key(), request.mutation(), status,
                response + "\n      before: " + before + "\n      after:  " + after));
          }
          digests.put(operation.service(), after);
        } else {
          digests.clear();
          unsettled = true;
        }
      }
      for (Finding finding : found) {
        findingCount++;
        findings.putIfAbsent(finding.kind() + "|" + finding.operation() + "|" + finding.mutation().replaceAll("\\d+", "#")
            + "|" + finding.status(), finding);
      }
    }
    Duration took = Duration.between(began, Instant.now());
    System.out.printf("[fuzz] %d requests in %.1f s; by status class %s; rate limited (waited and retried) %d%n",
        requests, took.toMillis() / 1000.0, classes, sec.http.rateLimited() - rateLimitedBefore);
    System.out.printf("[fuzz] requests per operation %s%n", perOperation);
    System.out.printf("[fuzz] %d findings, %d distinct%n", findingCount, findings.size());
    StringBuilder report = new StringBuilder();
    findings.values().stream().limit(MAX_REPORTED).forEach(f -> report.append("\n  [").append(f.kind()).append("] ")
        .append(f.operation()).append(" / ").append(f.mutation()).append(" -> ").append(f.status()).append("\n      ")
        .append(f.detail()));
    System.out.println("[fuzz] findings:" + report);
    assertThat(findings).as("fuzz findings (seed %d):%s", seed, report).isEmpty();
  }

  private static boolean isProblem(RawHttp.Response response) {
    if (!response.isProblem()) {
      return false;
    }
    try {
      return response.json().path("status").asInt() == response.status();
    } catch (RuntimeException e) {
      return false;
    }
  }

  record Request(String target, List<RawHttp.Header> headers, byte[] body, String mutation) {}

  /** A valid request for the operation with one hostile change. */
  private Request request(Operation operation, Map<String, String> ids, Random random) {
    SchemaValues values = new SchemaValues(operation, ids);
    Map<String, String> pathValues = new LinkedHashMap<>();
    String mutation;
    int where = random.nextInt(10);
    boolean hasBody = operation.bodySchema() != null;
    boolean hasQuery = !operation.in("query").isEmpty();
    boolean hasPathVariables = operation.path().contains("{");
    if (!hasBody && where < 6) {
      where = hasQuery ? 6 : hasPathVariables ? 7 : 8 + random.nextInt(2);
    }
    if (where == 6 && !hasQuery) {
      where = 8;
    }
    if (where == 7 && !hasPathVariables) {
      where = 9;
    }
    // path
    String oddVariable = where == 7 ? pick(variables(operation), random) : null;
    String oddValue = Mutations.PATH_VALUES.get(random.nextInt(Mutations.PATH_VALUES.size()));
    String path = operation.fill((name, schema) -> name.equals(oddVariable) ? oddValue
        : SecurityMatrixIT.urlEncode(values.parameter(name, schema)));
    // query
    StringBuilder query = new StringBuilder();
    String oddParameter = null;
    if (where == 6) {
      List<OpenApiOperations.Parameter> parameters = operation.in("query");
      oddParameter = random.nextInt(6) == 0 ? "unknownParameter" : parameters.get(random.nextInt(parameters.size())).name();
    }
    for (OpenApiOperations.Parameter parameter : operation.in("query")) {
      if (parameter.required() && !parameter.name().equals(oddParameter)) {
        append(query, parameter.name(), SecurityMatrixIT.urlEncode(values.parameter(parameter.name(), parameter.schema())));
      }
    }
    String oddQueryValue = Mutations.QUERY_VALUES.get(random.nextInt(Mutations.QUERY_VALUES.size()));
    if (oddParameter != null) {
      int repeat = random.nextInt(8) == 0 ? 300 : 1;
      for (int r = 0; r < repeat; r++) {
        append(query, oddParameter, oddQueryValue);
      }
    }
    String target = path + (query.isEmpty() ? "" : "?" + query);
    // body
    byte[] body = null;
    String contentType = operation.bodyType();
    String bodyMutation = null;
    if (hasBody) {
      JsonNode valid = values.instance(operation.bodySchema());
      if (where < 6) {
        Mutations.Body mutated = Mutations.mutateBody(valid, random);
        body = mutated.bytes();
        bodyMutation = mutated.name();
      } else {
        body = RawHttp.JSON.writeValueAsBytes(valid);
      }
    } else if (operation.mutates()) {
      body = new byte[0];
    }
    // headers
    List<RawHttp.Header> headers = new ArrayList<>();
    String client = operation.service().equals("order") && random.nextBoolean() ? "storefront" : "ops";
    if (!operation.isPublic()) {
      headers.add(new RawHttp.Header("Authorization", "Bearer " + sec.token(client)));
    }
    String headerMutation = null;
    String idempotencyKey = UUID.randomUUID().toString();
    if (where == 8) {
      int kind = random.nextInt(7);
      switch (kind) {
        case 0 -> {
          contentType = Mutations.CONTENT_TYPES.get(random.nextInt(Mutations.CONTENT_TYPES.size()));
          headerMutation = "Content-Type '" + contentType + "'";
        }
        case 1 -> {
          contentType = null;
          headerMutation = "no Content-Type";
        }
        case 2 -> {
          idempotencyKey = Mutations.IDEMPOTENCY_KEYS.get(random.nextInt(Mutations.IDEMPOTENCY_KEYS.size()));
          headerMutation = "Idempotency-Key #" + Mutations.IDEMPOTENCY_KEYS.indexOf(idempotencyKey);
        }
        case 3 -> {
          headers.add(new RawHttp.Header("Idempotency-Key", UUID.randomUUID().toString()));
          headerMutation = "two Idempotency-Keys";
        }
        case 4 -> {
          headers.add(new RawHttp.Header("X-Fuzz", "x".repeat(4_000 + random.nextInt(4_000))));
          headerMutation = "4-8 kB header";
        }
        case 5 -> {
          headers.add(new RawHttp.Header("Accept", random.nextBoolean() ? "application/xml" : "text/html;q=0.9"));
          headerMutation = "Accept not JSON";
        }
        default -> {
          headers.add(new RawHttp.Header("Content-Type", "text/plain"));
          headerMutation = "two Content-Types";
        }
      }
    }
    if (where == 9) {
      headerMutation = "garbage body";
      Mutations.Body garbage = Mutations.garbage(random);
      body = operation.mutates() || random.nextBoolean() ? garbage.bytes() : body;
      bodyMutation = garbage.name();
    }
    if (contentType != null && body != null) {
      headers.add(new RawHttp.Header("Content-Type", contentType));
    }
    if (operation.in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase("Idempotency-Key"))
        && !"no Idempotency-Key".equals(headerMutation)) {
      if (random.nextInt(20) == 0 && where != 8) {
        headerMutation = "no Idempotency-Key";
      } else {
        headers.add(new RawHttp.Header("Idempotency-Key", idempotencyKey));
      }
    }
    if (operation.isPublic()) {
      String secret = operation.path().contains("carriers") ? SecurityStack.CARRIER_SECRET : SecurityStack.WMS_SECRET;
      headers.add(new RawHttp.Header("OMS-Signature", signature(secret, body == null ? new byte[0] : body)));
    }
    mutation = bodyMutation != null ? bodyMutation : headerMutation != null ? headerMutation
        : oddParameter != null ? "query " + oddParameter + "=" + abbreviate(oddQueryValue)
        : oddVariable != null ? "path {" + oddVariable + "}=" + abbreviate(oddValue) : "valid";
    if (bodyMutation != null && headerMutation != null && !headerMutation.equals("garbage body")) {
      mutation = bodyMutation + " + " + headerMutation;
    }
    return new Request(target, headers, body, mutation);
  }

  private static String signature(String secret, byte[] body) {
    try {
      long t = Instant.now().getEpochSecond();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> variables(Operation operation) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(operation.path());
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static void append(StringBuilder query, String name, String value) {
    query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
  }

  /**
   * Every service's digest once none has changed for {@link #QUIET}: what accepted requests set off (an order
   * allocated, a cancel reaching its fulfillment) has landed wherever it goes.
   */
  private Map<String, String> settledDigests(Map<String, String> ids) {
    List<Map<String, String>> last = new ArrayList<>(List.of(allDigests(ids)));
    long[] since = {System.nanoTime()};
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      Map<String, String> now = allDigests(ids);
      if (!now.equals(last.getFirst())) {
        last.set(0, now);
        since[0] = System.nanoTime();
        return false;
      }
      return System.nanoTime() - since[0] >= QUIET.toNanos();
    });
    return last.getFirst();
  }

  private Map<String, String> allDigests(Map<String, String> ids) {
    Map<String, String> all = new TreeMap<>();
    for (String service : DIGESTED) {
      all.put(service, digest(service, ids));
    }
    return all;
  }

  /**
   * The state a refused request of this service must leave alone, read through the API: the
   * fuzzer's own location, item and stock, the number of orders, the fuzzer's fulfillment.
   */
  private String digest(String service, Map<String, String> ids) {
    String ops = sec.token("ops");
    StringBuilder digest = new StringBuilder();
    switch (service) {
      case "inventory" -> {
        digest.append(read("/api/v1/locations/" + LOCATION, ops)).append(read("/api/v1/items/" + SKU, ops))
            .append(stockLevel(ops));
        digest.append(" locations=").append(SecurityStack.items(sec.http.get("/api/v1/locations", ops).json()).size());
      }
      case "order" -> digest.append("orders=")
          .append(sec.http.get("/api/v1/orders?size=1", ops).json().path("totalItems").asLong())
          .append(" holdRules=").append(read("/api/v1/orders/hold-rules", ops));
      case "fulfillment" -> digest.append(read("/api/v1/fulfillments/" + ids.get("fulfillmentId"), ops));
      case "routing" -> digest.append(operationsInclude("GET /api/v1/routing/config")
          ? read("/api/v1/routing/config", ops) : "");
      case "returns" -> digest.append(read("/api/v1/returns?orderId=" + ids.get("orderId"), ops));
      default -> { }
    }
    return digest.toString();
  }

  /**
   * On hand and safety stock only: reserved (and so available) move on their own while routing allocates
   * orders that the fuzzer's accepted POSTs placed, whatever the request under test did.
   */
  private String stockLevel(String ops) {
    RawHttp.Response response = sec.http.get("/api/v1/stock/" + LOCATION + "/" + SKU, ops);
    if (response.status() != 200) {
      return response.status() + " " + response.body();
    }
    return "200 onHand=" + response.json().path("onHand").asLong() + " safetyStock="
        + response.json().path("safetyStock").asLong();
  }

  private boolean operationsInclude(String key) {
    return sec.operations().stream().anyMatch(o -> o.key().equals(key));
  }

  private String read(String target, String token) {
    RawHttp.Response response = sec.http.get(target, token);
    return response.status() + " " + response.body();
  }

  /** The fuzzer's own resources, so that what it manages to change disturbs no other test. */
  private Map<String, String> setUp() {
    String ops = sec.token("ops");
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("name", "Fuzzer's inactive location");
    location.put("type", "STORE");
    location.put("postalCode", "99501");
    location.put("country", "US");
    location.put("timeZone", "America/Anchorage");
    location.put("capabilities", List.of("SHIP"));
    location.put("cutoffTime", "15:00");
    location.put("dailyCapacity", 1);
    location.put("active", false);
    assertThat(sec.http.json("PUT", "/api/v1/locations/" + LOCATION, ops, location).status()).isBetween(200, 201);
    assertThat(sec.http.json("PUT", "/api/v1/items/" + SKU, ops, Map.of("name", "Fuzzer's item", "weightKg", 1,
        "returnable", true, "returnWindowDays", 30, "dcOnly", false)).status()).isBetween(200, 201);
    assertThat(sec.http.json("PUT", "/api/v1/stock/" + LOCATION + "/" + SKU, ops, Map.of("onHand", 10)).status())
        .isEqualTo(200);
    JsonNode order = sec.placeOrder("storefront", ORDER_SKU, 1);
    String orderId = order.path("id").asString();
    JsonNode fulfillment = sec.awaitReleasedFulfillment(orderId);
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("locationId", LOCATION);
    ids.put("storeLocationId", LOCATION);
    ids.put("pickupLocationId", LOCATION);
    ids.put("sku", SKU);
    ids.put("orderId", orderId);
    ids.put("fulfillmentId", fulfillment.path("fulfillmentId").asString());
    ids.put("carrier", "PARCEL_A");
    return ids;
  }
}
