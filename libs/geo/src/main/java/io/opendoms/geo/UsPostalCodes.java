package io.opendoms.geo;

import java.util.Optional;

/**
 * US postal codes and country fields as every OpenDOMS service reads them.
 *
 * <p>A ZIP code is five ASCII digits, optionally followed by its ZIP+4 suffix: {@code 10001-1234}, or the
 * same nine digits without the hyphen ({@code 100011234}) as some carriers and storefronts store them.
 * Whitespace around it is ignored. Only the first five digits place an address. Anything else is not a ZIP
 * code: {@code 1000}, {@code 10001-12}, {@code 10001 1234}, {@code 1000A}, digits of other scripts.
 */
public final class UsPostalCodes {

    /** What {@link #zipNumber(String)} answers for a string that is not a ZIP code. */
    static final int NOT_A_ZIP = -1;

    private UsPostalCodes() {
    }

    /** The five-digit ZIP code of a US postal code ({@code " 10001-1234 "} → {@code "10001"}); empty when it is none. */
    public static Optional<String> zip5(String postalCode) {
        int zip = zipNumber(postalCode);
        return zip == NOT_A_ZIP ? Optional.empty() : Optional.of(Integer.toString(100_000 + zip).substring(1));
    }

    /**
     * Whether a country field means the United States: {@code US} or {@code USA} in any letter case, or no
     * country at all (null or blank). Storefronts send the ISO 3166-1 alpha-2 code, the alpha-3 code, or
     * nothing when they sell in the US only; every one of them means a US address. Other spellings
     * ({@code United States}, {@code " US"}) are not recognised.
     */
    public static boolean isUnitedStates(String country) {
        return country == null || country.isBlank() || country.equalsIgnoreCase("US")
                || country.equalsIgnoreCase("USA");
    }

    /** The five digits as a number 0–99999, or {@link #NOT_A_ZIP}; no allocation (availability asks per request). */
    static int zipNumber(String postalCode) {
        if (postalCode == null) {
            return NOT_A_ZIP;
        }
        int start = 0;
        int end = postalCode.length();
        while (start < end && Character.isWhitespace(postalCode.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(postalCode.charAt(end - 1))) {
            end--;
        }
        boolean wellFormed = switch (end - start) {
            case 5, 9 -> digits(postalCode, start, end);
            case 10 -> digits(postalCode, start, start + 5) && postalCode.charAt(start + 5) == '-'
                    && digits(postalCode, start + 6, end);
            default -> false;
        };
        return wellFormed ? Integer.parseInt(postalCode, start, start + 5, 10) : NOT_A_ZIP;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
