package io.opendoms.systemtests.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the five services, read from their OpenAPI documents through the gateway
 * ({@code GET /v3/api-docs/<service>}): what the security matrix and the fuzzer iterate over, so a
 * new endpoint is covered the day it appears in a document.
 */
public final class OpenApiOperations {

  public static final List<String> SERVICES = List.of("order", "inventory", "routing", "fulfillment", "returns");

  /**
   * Operations anyone may call without a bearer token. The authorization server's endpoints,
   * health and the API docs are not in the services' documents; the webhooks are, and carry a
   * signature instead (tested by {@code WebhookSecurityIT}).
   */
  public static final Set<String> PUBLIC_OPERATIONS = Set.of(
      "POST /api/v1/webhooks/wms",
      "POST /api/v1/webhooks/carriers/{carrier}",
      "POST /api/v1/webhooks/wms/returns");

  /** Public paths outside the services' documents, each checked to answer without a token. */
  public static final List<String> PUBLIC_GETS = List.of(
      "/actuator/health", "/oauth2/jwks", "/.well-known/oauth-authorization-server",
      "/v3/api-docs/order", "/v3/api-docs/inventory", "/v3/api-docs/routing", "/v3/api-docs/fulfillment",
      "/v3/api-docs/returns", "/swagger-ui.html");

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  public record Parameter(String name, String in, boolean required, JsonNode schema) {}

  public record Operation(String service, String method, String path, List<Parameter> parameters,
      JsonNode bodySchema, String bodyType, JsonNode document) {

    public String key() {
      return method + " " + path;
    }

    public boolean isPublic() {
      return PUBLIC_OPERATIONS.contains(key());
    }

    /** Whether the operation needs the {@code ops} scope: no channel token may call it at all. */
    public boolean opsOnly() {
      for (JsonNode requirement : document.path("paths").path(path).path(method.toLowerCase()).path("security")) {
        for (JsonNode scope : requirement.path("oauth2")) {
          if (scope.asString().equals("ops")) {
            return true;
          }
        }
      }
      return false;
    }

    public boolean mutates() {
      return !method.equals("GET");
    }

    public List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    /** The path with each variable replaced by {@code value(name, schema)}, as given (no encoding added). */
    public String fill(java.util.function.BiFunction<String, JsonNode, String> value) {
      Matcher matcher = VARIABLE.matcher(path);
      StringBuilder filled = new StringBuilder();
      while (matcher.find()) {
        String name = matcher.group(1);
        JsonNode schema = parameters.stream().filter(p -> p.name().equals(name) && p.in().equals("path"))
            .map(Parameter::schema).findFirst().orElse(null);
        matcher.appendReplacement(filled, Matcher.quoteReplacement(value.apply(name, schema)));
      }
      matcher.appendTail(filled);
      return filled.toString();
    }

    /** A schema with {@code $ref}s resolved against this operation's document (one level). */
    public JsonNode resolve(JsonNode schema) {
      return OpenApiOperations.resolve(document, schema);
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private OpenApiOperations() {}

  /** Every operation of every service, sorted by path then method (stable test names). */
  public static List<Operation> load(RawHttp http) {
    List<Operation> operations = new ArrayList<>();
    for (String service : SERVICES) {
      RawHttp.Response response = http.get("/v3/api-docs/" + service, null);
      if (response.status() != 200) {
        throw new AssertionError("no OpenAPI document for " + service + ": " + response);
      }
      operations.addAll(parse(service, response.json()));
    }
    if (operations.isEmpty()) {
      throw new AssertionError("the OpenAPI documents list no operation");
    }
    operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return operations;
  }

  static List<Operation> parse(String service, JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    Map<String, JsonNode> paths = new TreeMap<>();
    document.path("paths").properties().forEach(entry -> paths.put(entry.getKey(), entry.getValue()));
    paths.forEach((path, item) -> {
      List<Parameter> shared = parameters(document, item.path("parameters"));
      for (Map.Entry<String, JsonNode> entry : item.properties()) {
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        JsonNode operation = entry.getValue();
        List<Parameter> parameters = new ArrayList<>(shared);
        parameters.addAll(parameters(document, operation.path("parameters")));
        JsonNode body = null;
        String bodyType = null;
        JsonNode content = resolve(document, operation.path("requestBody")).path("content");
        Iterator<String> types = content.propertyNames().iterator();
        if (types.hasNext()) {
          bodyType = content.has("application/json") ? "application/json" : types.next();
          body = resolve(document, content.path(bodyType).path("schema"));
        }
        operations.add(new Operation(service, entry.getKey().toUpperCase(Locale.ROOT), path, parameters, body,
            bodyType, document));
      }
    });
    return operations;
  }

  private static List<Parameter> parameters(JsonNode document, JsonNode list) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode node : list) {
      JsonNode parameter = resolve(document, node);
      parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
          parameter.path("required").asBoolean(false), resolve(document, parameter.path("schema"))));
    }
    return parameters;
  }

  /** Follows {@code $ref: "#/components/..."} until a schema without one. */
  static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; depth < 20 && current != null && current.has("$ref"); depth++) {
      String ref = current.path("$ref").asString();
      if (!ref.startsWith("#/")) {
        return current;
      }
      JsonNode target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part.replace("~1", "/").replace("~0", "~"));
      }
      current = target;
    }
    return current;
  }
}
