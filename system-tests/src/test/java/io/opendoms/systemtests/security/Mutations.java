package io.opendoms.systemtests.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile variations of a valid JSON body, query string, path variable or header, each with a
 * name for the report. Randomness comes from the caller's seeded {@link Random} only.
 */
final class Mutations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Replaced in the serialised body by a JSON escape Jackson would not write: a lone surrogate. */
  static final String LONE_SURROGATE_MARK = "__opendoms_lone_surrogate__";
  static final String INVALID_UTF8_MARK = "__opendoms_invalid_utf8__";

  static final List<String> STRINGS = List.of(
      "", " ", "\u0000", "a\u0000b", "😀", "👨‍👩‍👧‍👦", "\u202Eevil", "مرحبا", "ﬀ", "İı", "\uFEFF", "\t\r\n",
      "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%00", "%s%n",
      "null", "true", "-1", "NaN", "1e308", "2026-02-30T25:61:00Z", "US ", "x".repeat(257), "é".repeat(200),
      LONE_SURROGATE_MARK, INVALID_UTF8_MARK);

  static final List<JsonNode> NUMBERS = List.of(
      NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(-0.0), NODES.numberNode(1.5),
      NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(2147483648L), NODES.numberNode(Long.MIN_VALUE),
      NODES.numberNode(new BigInteger("9223372036854775808")), NODES.numberNode(new BigDecimal("1e308")),
      NODES.numberNode(new BigDecimal("-1e308")), NODES.numberNode(new BigDecimal("1e-400")),
      NODES.numberNode(new BigDecimal("99999999999999999999999999999999999.999999999")),
      NODES.numberNode(new BigInteger("1" + "0".repeat(400))), NODES.stringNode("NaN"),
      NODES.stringNode("Infinity"), NODES.stringNode("-0"), NODES.stringNode("12"));

  private Mutations() {}

  record Body(String name, byte[] bytes) {}

  /** A location inside a JSON tree: the container and the field name or index. */
  private record Slot(JsonNode container, String field, int index, JsonNode value) {}

  static Body mutateBody(JsonNode valid, Random random) {
    JsonNode body = valid.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(body, slots);
    int kind = random.nextInt(slots.isEmpty() ? 4 : 14);
    switch (kind) {
      case 0 -> {
        return garbage(random);
      }
      case 1 -> {
        return new Body("deep nesting", ("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}")
            .getBytes(StandardCharsets.UTF_8));
      }
      case 2 -> {
        String text = body.toString();
        return new Body("truncated JSON", text.substring(0, random.nextInt(Math.max(1, text.length())))
            .getBytes(StandardCharsets.UTF_8));
      }
      case 3 -> {
        if (body instanceof ObjectNode object) {
          object.put("unexpected" + random.nextInt(100), "extra");
        }
        return json("extra top-level field", body);
      }
      default -> {
        Slot slot = slots.get(random.nextInt(slots.size()));
        return mutateSlot(body, slot, kind, random);
      }
    }
  }

  private static Body mutateSlot(JsonNode body, Slot slot, int kind, Random random) {
    String where = slot.field() != null ? slot.field() : "[" + slot.index() + "]";
    switch (kind) {
      case 4 -> {
        remove(slot);
        return json("missing " + where, body);
      }
      case 5 -> {
        set(slot, NODES.nullNode());
        return json("null " + where, body);
      }
      case 6 -> {
        set(slot, wrongType(slot.value(), random));
        return json("wrong type " + where, body);
      }
      case 7 -> {
        set(slot, NODES.stringNode("x".repeat(100_000)));
        return json("100k string " + where, body);
      }
      case 8 -> {
        JsonNode number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        set(slot, number);
        return json("number " + number + " at " + where, body);
      }
      case 9, 10 -> {
        String text = STRINGS.get(random.nextInt(STRINGS.size()));
        set(slot, NODES.stringNode(text));
        return json("string #" + STRINGS.indexOf(text) + " at " + where, body);
      }
      case 11 -> {
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 2000; i++) {
          many.add(slot.value() == null ? NODES.nullNode() : slot.value().deepCopy());
        }
        set(slot, slot.value() != null && slot.value().isArray() && slot.value().size() > 0
            ? repeated(slot.value().get(0), 2000) : many);
        return json("2000 elements at " + where, body);
      }
      case 12 -> {
        // the same key twice: the first valid, the second hostile (or the reverse)
        String text = body.toString();
        if (slot.field() != null && slot.container() == body && text.startsWith("{")) {
          String duplicate = "\"" + slot.field() + "\":" + wrongType(slot.value(), random) + ",";
          String doubled = random.nextBoolean() ? "{" + duplicate + text.substring(1)
              : text.substring(0, text.length() - 1) + (text.length() > 2 ? "," : "") + duplicate.substring(0,
                  duplicate.length() - 1) + "}";
          return new Body("duplicate key " + where, doubled.getBytes(StandardCharsets.UTF_8));
        }
        set(slot, NODES.objectNode().put("nested", "unexpected"));
        return json("object at " + where, body);
      }
      default -> {
        if (slot.value() != null && slot.value().isObject()) {
          ((ObjectNode) slot.value()).put("unexpected", "extra");
          return json("extra field in " + where, body);
        }
        set(slot, NODES.arrayNode());
        return json("empty array at " + where, body);
      }
    }
  }

  static Body garbage(Random random) {
    List<String> texts = List.of("", "null", "[]", "\"text\"", "123", "{", "}", "{}", "<a/>", "a=b&c=d",
        "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,}", "[1,2", "\u0000\u0000", "{\"a\":NaN}", "{\"a\":01}",
        "/* comment */ {}", "{\"a\":\"\\uZZZZ\"}", "{\"a\":1}{\"b\":2}", "\uFEFF{}");
    int pick = random.nextInt(texts.size() + 2);
    if (pick == texts.size()) {
      byte[] bytes = new byte[1 + random.nextInt(512)];
      random.nextBytes(bytes);
      return new Body("random bytes", bytes);
    }
    if (pick == texts.size() + 1) {
      return new Body("invalid UTF-8 in a string", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28,
          (byte) 0xFF, '"', '}'});
    }
    return new Body("garbage body #" + pick, texts.get(pick).getBytes(StandardCharsets.UTF_8));
  }

  private static Body json(String name, JsonNode body) {
    String text = body.toString();
    text = text.replace("\"" + LONE_SURROGATE_MARK + "\"", "\"\\ud800x\"");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String marker = "\"" + INVALID_UTF8_MARK + "\"";
    int at = text.indexOf(marker);
    if (at >= 0) {
      byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
      byte[] after = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
      byte[] invalid = {'"', (byte) 0xC3, 0x28, (byte) 0xFE, '"'};
      bytes = new byte[before.length + invalid.length + after.length];
      System.arraycopy(before, 0, bytes, 0, before.length);
      System.arraycopy(invalid, 0, bytes, before.length, invalid.length);
      System.arraycopy(after, 0, bytes, before.length + invalid.length, after.length);
    }
    return new Body(name, bytes);
  }

  static JsonNode wrongType(JsonNode value, Random random) {
    if (value == null || value.isNull()) {
      return NODES.numberNode(42);
    }
    if (value.isString()) {
      return random.nextBoolean() ? NODES.numberNode(12345) : NODES.arrayNode().add("a");
    }
    if (value.isNumber()) {
      return random.nextBoolean() ? NODES.stringNode("abc") : NODES.booleanNode(true);
    }
    if (value.isBoolean()) {
      return NODES.stringNode("yes");
    }
    if (value.isArray()) {
      return random.nextBoolean() ? NODES.objectNode().put("a", 1) : NODES.stringNode("not-an-array");
    }
    return random.nextBoolean() ? NODES.stringNode("not-an-object") : NODES.arrayNode().add(1);
  }

  private static ArrayNode repeated(JsonNode element, int times) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < times; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }

  private static void collect(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        slots.add(new Slot(object, entry.getKey(), -1, entry.getValue()));
        collect(entry.getValue(), slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, null, i, array.get(i)));
        collect(array.get(i), slots);
      }
    }
  }

  private static void set(Slot slot, JsonNode value) {
    if (slot.container() instanceof ObjectNode object) {
      object.set(slot.field(), value);
    } else if (slot.container() instanceof ArrayNode array) {
      array.set(slot.index(), value);
    }
  }

  private static void remove(Slot slot) {
    if (slot.container() instanceof ObjectNode object) {
      object.remove(slot.field());
    } else if (slot.container() instanceof ArrayNode array) {
      array.remove(slot.index());
    }
  }

  /** Query values that parse badly. */
  static final List<String> QUERY_VALUES = List.of("-1", "0", "1e9", "999999999999999999999", "abc", "", "%20",
      "2026-13-45T99:99:99Z", "2026-11-22", "NaN", "-0", "1.5", "%F0%9F%98%80", "%E2%80%AE", "null", "%00",
      "x".repeat(5000), "%C3%A9t%C3%A9", "'%20OR%201=1", "%22%7B%7D", "DELIVERED", "delivered", "%2e%2e%2f");

  /** Path variable values that are odd but legal in a URI. */
  static final List<String> PATH_VALUES = List.of("0", "-1", "null", "undefined", "%20", "a%20b", "%C3%A9",
      "%F0%9F%98%80", "x".repeat(3000), "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "12345678123456781234567812345678", "%27%3B%20DROP%20TABLE%20x%3B",
      "%3Cscript%3E", "a.b", "a~b", "a_b-c", "%25", "..%2e", "%2e", "1e9", "9223372036854775808", "a:b", "a@b",
      "!$&'()*+,=");

  static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
      "multipart/form-data", "application/json; charset=utf-16", "application/json;charset=bogus", "x/y/z",
      "application/*", "*/*", "application/json, text/plain", "application/merge-patch+json", "",
      "application/json; boundary=\u00e9");

  static final List<String> IDEMPOTENCY_KEYS = List.of("", " ", "k".repeat(129), "k".repeat(10_000), "é-key",
      "\u00ff\u00fe", "tab\there", "a\u0001b", "日本");
}
