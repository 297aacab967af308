package io.opendoms.order.it;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Order request bodies as JSON trees, to change one field at a time. */
final class OrderRequests {

    static ObjectNode anOrder() {
        ObjectNode order = Http.JSON.createObjectNode();
        order.put("externalId", "EXT-" + System.nanoTime());
        order.putObject("customer").put("email", "ada@example.com").put("name", "Ada Lovelace");
        order.putObject("shippingAddress")
                .put("name", "Ada Lovelace").put("line1", "1 Main St").put("city", "New York").put("region", "NY")
                .put("postalCode", "10001").put("country", "US").put("latitude", 40.75).put("longitude", -73.99);
        order.put("deliveryMethod", "SHIP");
        order.put("serviceLevel", "STANDARD");
        order.put("currency", "USD");
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", "SKU-1").put("quantity", 2).put("unitPrice", 10.50);
        lines.addObject().put("sku", "SKU-2").put("quantity", 3).put("unitPrice", 5);
        return order;
    }

    static ObjectNode object(ObjectNode node, String field) {
        return (ObjectNode) node.get(field);
    }

    static ObjectNode line(ObjectNode order, int index) {
        return (ObjectNode) order.get("lines").get(index);
    }

    private OrderRequests() {
    }
}
