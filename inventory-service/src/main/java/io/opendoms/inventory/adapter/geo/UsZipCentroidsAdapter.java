package io.opendoms.inventory.adapter.geo;

import io.opendoms.inventory.application.LocatePostalCodePort;
import io.opendoms.inventory.domain.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** US ZIP code centroids from the Census ZCTA table bundled as {@code geo/us-zip-centroids.csv}. */
@Component
public class UsZipCentroidsAdapter implements LocatePostalCodePort {

    static final String RESOURCE = "/geo/us-zip-centroids.csv";
    private static final String HEADER = "zip,latitude,longitude";
    /** ZIP or ZIP+4; only the five digits locate. */
    private static final Pattern US_ZIP = Pattern.compile("\\s*(\\d{5})(?:-?\\d{4})?\\s*");

    private final Map<String, GeoPoint> centroids;

    public UsZipCentroidsAdapter() {
        try (InputStream in = UsZipCentroidsAdapter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            this.centroids = parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    UsZipCentroidsAdapter(InputStream csv) throws IOException {
        this.centroids = parse(csv);
    }

    @Override
    public boolean covers(String country) {
        return "US".equalsIgnoreCase(country);
    }

    @Override
    public Optional<GeoPoint> locate(String country, String postalCode) {
        if (!covers(country) || postalCode == null) {
            return Optional.empty();
        }
        Matcher zip = US_ZIP.matcher(postalCode);
        return zip.matches() ? Optional.ofNullable(centroids.get(zip.group(1))) : Optional.empty();
    }

    int size() {
        return centroids.size();
    }

    private static Map<String, GeoPoint> parse(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalStateException("Expected header '" + HEADER + "' but got '" + header + "'");
        }
        Map<String, GeoPoint> map = new HashMap<>(48_000);
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("Line " + number + " is not zip,latitude,longitude: " + line);
            }
            map.put(cells[0].strip(), new GeoPoint(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
        }
        return Map.copyOf(map);
    }
}
