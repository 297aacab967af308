package io.opendoms.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The orders of a run, a deterministic sequence for a seed: 1–5 lines of distinct SKUs of the
 * network, 1–3 units each, shipped (STANDARD) to a random ZIP of the table, from the storefront or
 * the marketplace. Not thread-safe: the scheduler calls it from its one thread.
 */
final class OrderGenerator {

  static final List<String> CHANNEL_CLIENTS = List.of("storefront", "marketplace");

  record PlannedOrder(long sequence, String client, String idempotencyKey, Map<String, Object> body) {}

  private final Random random;
  private final List<Network.Item> items;
  private final ZipTable zips;
  private final String runId;

  OrderGenerator(long seed, Network network, ZipTable zips, String runId) {
    this.random = new Random(seed);
    this.items = network.items();
    this.zips = zips;
    this.runId = runId;
  }

  PlannedOrder next(long sequence) {
    String client = CHANNEL_CLIENTS.get(random.nextInt(CHANNEL_CLIENTS.size()));
    int lineCount = 1 + random.nextInt(Math.min(5, items.size()));
    Set<Network.Item> chosen = new LinkedHashSet<>();
    while (chosen.size() < lineCount) {
      chosen.add(items.get(random.nextInt(items.size())));
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    int lineNo = 0;
    for (Network.Item item : chosen) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("lineId", String.valueOf(++lineNo));
      line.put("sku", item.sku());
      line.put("quantity", 1 + random.nextInt(3));
      line.put("unitPrice", item.price());
      lines.add(line);
    }
    ZipTable.Zip shipTo = zips.get(random.nextInt(zips.size()));
    String reference = runId + "-" + sequence;
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("name", "Bench Customer " + sequence);
    address.put("line1", (1 + random.nextInt(9_999)) + " Main Street");
    address.put("city", "Bench City");
    address.put("region", "NA");
    address.put("postalCode", shipTo.zip());
    address.put("country", "US");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalId", reference);
    body.put("customer", Map.of("email", "bench+" + sequence + "@example.com", "name", "Bench Customer"));
    body.put("shippingAddress", address);
    body.put("deliveryMethod", "SHIP");
    body.put("serviceLevel", "STANDARD");
    body.put("currency", "USD");
    body.put("lines", lines);
    return new PlannedOrder(sequence, client, reference, body);
  }

}
