package io.opendoms.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The US ZIP centroid table ({@code zip,latitude,longitude}), the same file the services resolve
 * postal codes with (the bench's build copies it from {@code libs/geo}). Only ZIPs of the contiguous
 * states are kept, so every location and ship-to has an ordinary time zone and carrier service.
 */
record ZipTable(List<Zip> zips) {

  static final String RESOURCE = "/geo/us-zip-centroids.csv";

  record Zip(String zip, double latitude, double longitude) {

    /** A coarse time zone from the longitude: enough for a location's cut-off, not a gazetteer. */
    String timeZone() {
      if (longitude < -114.5) {
        return "America/Los_Angeles";
      }
      if (longitude < -102) {
        return "America/Denver";
      }
      if (longitude < -86.5) {
        return "America/Chicago";
      }
      return "America/New_York";
    }
  }

  ZipTable {
    zips = List.copyOf(zips);
    if (zips.isEmpty()) {
      throw new IllegalArgumentException("empty ZIP table");
    }
  }

  static ZipTable load() {
    try (InputStream in = ZipTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ZipTable parse(List<String> lines) {
    List<Zip> zips = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.trim().split(",");
      if (cells.length != 3 || !cells[0].matches("\\d{5}")) {
        continue; // header or blank
      }
      Zip zip = new Zip(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
      if (contiguous(zip)) {
        zips.add(zip);
      }
    }
    return new ZipTable(zips);
  }

  /** The 48 contiguous states and DC: no Alaska, Hawaii, Puerto Rico or other territories. */
  static boolean contiguous(Zip zip) {
    return zip.latitude() >= 24.3 && zip.latitude() <= 49.5
        && zip.longitude() >= -125 && zip.longitude() <= -66.8;
  }

  int size() {
    return zips.size();
  }

  Zip get(int index) {
    return zips.get(index);
  }
}
