package io.opendoms.returns.domain;

/** The item master's return rules for one SKU. */
public record ItemReturnPolicy(String sku, boolean returnable, int returnWindowDays) {

    /** For a SKU returns has not heard of (an item older than its view): returnable within 30 days. */
    public static ItemReturnPolicy unknown(String sku) {
        return new ItemReturnPolicy(sku, true, 30);
    }
}
