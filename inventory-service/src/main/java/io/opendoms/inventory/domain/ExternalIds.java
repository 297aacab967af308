package io.opendoms.inventory.domain;

import java.util.regex.Pattern;

/** Location ids and SKUs come from the retailer's systems; they travel in URLs and Kafka keys. */
public final class ExternalIds {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public static String require(String id, String what) {
        if (id == null || !COMPILED.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must match " + PATTERN + ": " + id);
        }
        return id;
    }

    private ExternalIds() {
    }
}
