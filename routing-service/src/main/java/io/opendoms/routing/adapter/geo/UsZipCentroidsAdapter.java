package io.opendoms.routing.adapter.geo;

import io.opendoms.routing.application.port.out.ResolveCoordinatesPort;
import io.opendoms.routing.domain.GeoPoint;
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

/** US ZIP code centroids from the Census ZCTA table shipped with the service, loaded once. */
@Component
public class UsZipCentroidsAdapter implements ResolveCoordinatesPort {

    static final String RESOURCE = "/geo/us-zip-centroids.csv";
    private static final Pattern ZIP = Pattern.compile("^(\\d{5})(?:-?\\d{4})?$");

    private final Map<String, GeoPoint> centroids;

    public UsZipCentroidsAdapter() {
        this.centroids = load();
    }

    @Override
    public Optional<GeoPoint> centroidOf(String postalCode, String country) {
        if (postalCode == null || !isUnitedStates(country)) {
            return Optional.empty();
        }
        Matcher m = ZIP.matcher(postalCode.strip());
        return m.matches() ? Optional.ofNullable(centroids.get(m.group(1))) : Optional.empty();
    }

    int size() {
        return centroids.size();
    }

    private static boolean isUnitedStates(String country) {
        return country == null || country.isBlank() || country.equalsIgnoreCase("US") || country.equalsIgnoreCase("USA");
    }

    private static Map<String, GeoPoint> load() {
        try (InputStream in = UsZipCentroidsAdapter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            Map<String, GeoPoint> map = new HashMap<>(48_000);
            reader.readLine(); // header: zip,latitude,longitude
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] f = row.split(",");
                if (f.length == 3) {
                    map.put(f[0], new GeoPoint(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                }
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
