package io.opendoms.inventory.domain;

/** Location ids and SKUs come from the retailer's systems; they travel in URLs and Kafka keys. */
public final class ExternalIds {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";

    public static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must match " + PATTERN + ": " + id);
        }
        return id;
    }

    /**
     * Whether {@code id} matches {@link #PATTERN}: 1 to 64 of {@code A-Z a-z 0-9 . _ -}. A loop, not a regex: an
     * availability query checks up to a hundred SKUs (ExternalIdsTest holds it to the pattern).
     */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private ExternalIds() {
    }
}
