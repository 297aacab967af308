package io.opendoms.systemtests;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Orders over the demo catalogue. Each test class orders its own SKUs, so stock arithmetic in
 * one test is not disturbed by another's reservations.
 */
final class Fixtures {

  static final String HAPPY_SKU_1 = "SKU-10001";
  static final String HAPPY_SKU_2 = "SKU-10015";
  static final String RESILIENCE_SKU = "SKU-10020";
  static final String IDEMPOTENCY_SKU = "SKU-10030";

  private Fixtures() {}

  record Line(String sku, int quantity, String unitPrice) {}

  /** A SHIP order to a real US address. */
  static Map<String, Object> shipOrder(String postalCode, String city, String region, Line... lines) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("externalId", "sys-" + UUID.randomUUID());
    order.put("customer", Map.of("email", "ada@example.com", "name", "Ada Lovelace"));
    order.put("shippingAddress", Map.of(
        "name", "Ada Lovelace", "line1", "1 Test Street", "city", city, "region", region,
        "postalCode", postalCode, "country", "US"));
    order.put("deliveryMethod", "SHIP");
    order.put("serviceLevel", "STANDARD");
    order.put("currency", "USD");
    order.put("lines", List.of(lines).stream().map(line -> Map.of(
        "sku", line.sku(), "quantity", line.quantity(), "unitPrice", new BigDecimal(line.unitPrice()))).toList());
    return order;
  }

  static String idempotencyKey() {
    return UUID.randomUUID().toString();
  }
}
