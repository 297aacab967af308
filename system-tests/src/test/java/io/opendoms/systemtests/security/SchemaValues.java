package io.opendoms.systemtests.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid instance of an OpenAPI schema: required properties only, each filled from a dictionary
 * of field names (ids of test-owned resources, a real postal code, …) or else from its type,
 * format, enum and bounds. The security matrix sends it so that a request fails on its token
 * alone; the fuzzer mutates it.
 */
public final class SchemaValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final OpenApiOperations.Operation operation;
  private final Map<String, String> ids;

  /** @param ids values of id-like fields and path variables by name (locationId, sku, orderId, …) */
  public SchemaValues(OpenApiOperations.Operation operation, Map<String, String> ids) {
    this.operation = operation;
    this.ids = ids;
  }

  public JsonNode instance(JsonNode schema) {
    return instance(null, schema, 0);
  }

  /** A value for a path or query parameter. */
  public String parameter(String name, JsonNode schema) {
    if (ids.containsKey(name)) {
      return ids.get(name);
    }
    JsonNode value = instance(name, schema == null ? NODES.objectNode().put("type", "string") : schema, 0);
    return value.isString() ? value.asString() : value.toString();
  }

  private JsonNode instance(String name, JsonNode rawSchema, int depth) {
    JsonNode schema = operation.resolve(rawSchema);
    if (schema == null || schema.isMissingNode()) {
      return NODES.stringNode("x");
    }
    if (schema.has("allOf") && schema.path("allOf").size() > 0) {
      return instance(name, schema.path("allOf").get(0), depth);
    }
    if (schema.has("oneOf") && schema.path("oneOf").size() > 0) {
      return instance(name, schema.path("oneOf").get(0), depth);
    }
    if (schema.has("anyOf") && schema.path("anyOf").size() > 0) {
      return instance(name, schema.path("anyOf").get(0), depth);
    }
    if (schema.has("enum") && schema.path("enum").size() > 0) {
      return preferredEnum(name, schema.path("enum"));
    }
    String type = type(schema);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (depth < 6) {
          int count = Math.max(1, schema.path("minItems").asInt(1));
          for (int i = 0; i < count; i++) {
            array.add(instance(singular(name), schema.path("items"), depth + 1));
          }
        }
        yield array;
      }
      case "integer" -> NODES.numberNode(integer(name, schema));
      case "number" -> name != null && name.toLowerCase().contains("price")
          ? NODES.numberNode(new java.math.BigDecimal("9.99")) : NODES.numberNode(integer(name, schema));
      // false everywhere (a created location stays inactive, out of every route) but returnable
      case "boolean" -> NODES.booleanNode("returnable".equals(name));
      default -> NODES.stringNode(string(name, schema));
    };
  }

  private ObjectNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth > 8) {
      return object;
    }
    java.util.Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    schema.path("properties").properties().forEach(entry -> {
      if (required.contains(entry.getKey()) || ids.containsKey(entry.getKey())) {
        object.set(entry.getKey(), instance(entry.getKey(), entry.getValue(), depth + 1));
      }
    });
    return object;
  }

  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asString().equals("null")) {
          return t.asString();
        }
      }
    }
    if (type.isString()) {
      return type.asString();
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "string";
  }

  private JsonNode preferredEnum(String name, JsonNode values) {
    for (String preferred : new String[] {"SHIP", "STANDARD", "PICKED", "IN_TRANSIT", "STORE", "MAIL", "RESELLABLE"}) {
      for (JsonNode value : values) {
        if (value.asString().equals(preferred)) {
          return value;
        }
      }
    }
    return values.get(0);
  }

  private long integer(String name, JsonNode schema) {
    long value = 1;
    if (name != null && (name.equals("onHand") || name.equals("ttlSeconds"))) {
      value = name.equals("onHand") ? 5 : 60;
    }
    if (schema.has("minimum")) {
      value = Math.max(value, (long) Math.ceil(schema.path("minimum").asDouble()));
    }
    if (schema.has("maximum")) {
      value = Math.min(value, (long) Math.floor(schema.path("maximum").asDouble()));
    }
    return value;
  }

  private String string(String name, JsonNode schema) {
    if (name != null && ids.containsKey(name)) {
      return ids.get(name);
    }
    String format = schema.path("format").asString("");
    switch (format) {
      case "uuid":
        return UUID.randomUUID().toString();
      case "date-time":
        return Instant.now().toString();
      case "date":
        return LocalDate.now().toString();
      case "email":
        return "ada@example.com";
      case "uri", "url":
        return "https://example.com/hook";
      default:
        break;
    }
    String key = name == null ? "" : name;
    String value = switch (key) {
      case "email" -> "ada@example.com";
      case "postalCode" -> "10001";
      case "country" -> "US";
      case "currency" -> "USD";
      case "timeZone" -> "America/New_York";
      case "cutoffTime" -> "15:00";
      case "carrier" -> "PARCEL_A";
      case "city" -> "New York";
      case "region" -> "NY";
      case "line1" -> "1 Test Street";
      case "eventId" -> UUID.randomUUID().toString();
      case "occurredAt", "countedAt", "at" -> Instant.now().toString();
      case "lineId" -> "1";
      case "trackingNumber" -> "1ZSEC" + Long.toHexString(System.nanoTime()).toUpperCase();
      case "url" -> "https://example.com/hook";
      case "reason" -> "security-test";
      case "deliveryMethod" -> "SHIP";
      case "serviceLevel" -> "STANDARD";
      default -> schema.has("example") && schema.path("example").isString() ? schema.path("example").asString() : "sec-test";
    };
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return value.length() > max ? value.substring(0, Math.max(1, max)) : value;
  }

  private static String singular(String name) {
    if (name == null) {
      return null;
    }
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }
}
