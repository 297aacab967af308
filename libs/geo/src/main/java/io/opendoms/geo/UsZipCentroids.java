package io.opendoms.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Centroids of US ZIP codes: the Census ZCTA table shipped in this library ({@code us-zip-centroids.csv}
 * beside this class), with the fallback of the routing spec for the ZIP codes that have no census area of
 * their own (about 8,000 real ones: PO boxes, single buildings) — the mean centroid of the census areas that
 * share their first three digits. Only a ZIP code with neither is unknown.
 *
 * <p>Immutable, hence safe to share between threads. The shipped table is read once, on the first call of
 * {@link #shipped()}, into parallel primitive arrays (about 0.7 MB for 33,791 ZIP codes) searched by
 * binary search; the 1,000 prefix means are computed while reading.
 */
public final class UsZipCentroids {

    static final String RESOURCE = "us-zip-centroids.csv";
    static final String HEADER = "zip,latitude,longitude";
    private static final int ZIP_CODES = 100_000;
    private static final int PREFIXES = 1_000;

    private final int[] zips;
    private final double[] latitudes;
    private final double[] longitudes;
    /** Mean centroid by the first three digits; NaN where no census area has them. */
    private final double[] prefixLatitudes;
    private final double[] prefixLongitudes;

    private UsZipCentroids(int[] zips, double[] latitudes, double[] longitudes, double[] prefixLatitudes,
                           double[] prefixLongitudes) {
        this.zips = zips;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.prefixLatitudes = prefixLatitudes;
        this.prefixLongitudes = prefixLongitudes;
    }

    /** The table shipped with the library, read on first use. */
    public static UsZipCentroids shipped() {
        return Shipped.TABLE;
    }

    /**
     * The centroid of a postal code of a country, when the country is the United States
     * ({@link UsPostalCodes#isUnitedStates}) and the postal code a known ZIP code or ZIP+4; empty otherwise.
     */
    public Optional<Centroid> locate(String country, String postalCode) {
        return UsPostalCodes.isUnitedStates(country) ? centroidOf(postalCode) : Optional.empty();
    }

    /** The centroid of a US ZIP code or ZIP+4 ({@link UsPostalCodes}): exact, by its prefix, or empty. */
    public Optional<Centroid> centroidOf(String zipCode) {
        int zip = UsPostalCodes.zipNumber(zipCode);
        if (zip == UsPostalCodes.NOT_A_ZIP) {
            return Optional.empty();
        }
        int row = Arrays.binarySearch(zips, zip);
        if (row >= 0) {
            return Optional.of(new Centroid(latitudes[row], longitudes[row], Centroid.Match.EXACT));
        }
        int prefix = zip / 100;
        if (Double.isNaN(prefixLatitudes[prefix])) {
            return Optional.empty();
        }
        return Optional.of(new Centroid(prefixLatitudes[prefix], prefixLongitudes[prefix], Centroid.Match.PREFIX));
    }

    /** How many ZIP codes have a census area of their own. */
    public int size() {
        return zips.length;
    }

    /** Reads a table {@code zip,latitude,longitude} (that header, one row per ZIP code, any order). */
    static UsZipCentroids read(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.US_ASCII));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalStateException("Expected header '" + HEADER + "' but got '" + header + "'");
        }
        // indexed by the ZIP code itself while reading: no sort, and duplicates show
        double[] latitudeOf = new double[ZIP_CODES];
        double[] longitudeOf = new double[ZIP_CODES];
        boolean[] present = new boolean[ZIP_CODES];
        int count = 0;
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            int zip = cells.length == 3 && cells[0].strip().length() == 5
                    ? UsPostalCodes.zipNumber(cells[0]) : UsPostalCodes.NOT_A_ZIP;
            if (zip == UsPostalCodes.NOT_A_ZIP) {
                throw new IllegalStateException("Line " + number + " is not zip,latitude,longitude: " + line);
            }
            if (present[zip]) {
                throw new IllegalStateException("Line " + number + " repeats ZIP code " + cells[0].strip());
            }
            latitudeOf[zip] = coordinate(cells[1], 90, number);
            longitudeOf[zip] = coordinate(cells[2], 180, number);
            present[zip] = true;
            count++;
        }
        return index(present, latitudeOf, longitudeOf, count);
    }

    private static UsZipCentroids index(boolean[] present, double[] latitudeOf, double[] longitudeOf, int count) {
        int[] zips = new int[count];
        double[] latitudes = new double[count];
        double[] longitudes = new double[count];
        double[] prefixLatitudes = new double[PREFIXES];
        double[] prefixLongitudes = new double[PREFIXES];
        int[] prefixCounts = new int[PREFIXES];
        int row = 0;
        for (int zip = 0; zip < ZIP_CODES; zip++) {
            if (present[zip]) {
                zips[row] = zip;
                latitudes[row] = latitudeOf[zip];
                longitudes[row] = longitudeOf[zip];
                row++;
                prefixLatitudes[zip / 100] += latitudeOf[zip];
                prefixLongitudes[zip / 100] += longitudeOf[zip];
                prefixCounts[zip / 100]++;
            }
        }
        // a plain mean of degrees: no three-digit area spans the antimeridian (checked by a test)
        for (int prefix = 0; prefix < PREFIXES; prefix++) {
            prefixLatitudes[prefix] = prefixCounts[prefix] == 0 ? Double.NaN
                    : prefixLatitudes[prefix] / prefixCounts[prefix];
            prefixLongitudes[prefix] = prefixCounts[prefix] == 0 ? Double.NaN
                    : prefixLongitudes[prefix] / prefixCounts[prefix];
        }
        return new UsZipCentroids(zips, latitudes, longitudes, prefixLatitudes, prefixLongitudes);
    }

    private static double coordinate(String cell, double limit, int line) {
        try {
            double degrees = Double.parseDouble(cell.strip());
            if (degrees >= -limit && degrees <= limit) {
                return degrees;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw new IllegalStateException("Line " + line + " has a coordinate out of ±" + limit + ": " + cell);
    }

    private static final class Shipped {

        static final UsZipCentroids TABLE = load();

        private static UsZipCentroids load() {
            try (InputStream in = UsZipCentroids.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE + " beside "
                            + UsZipCentroids.class.getName());
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
