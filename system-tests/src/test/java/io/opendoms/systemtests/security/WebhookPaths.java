package io.opendoms.systemtests.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ambiguous spellings of a webhook path: each one decodes, normalises or case-folds to the real
 * path somewhere (a proxy, a servlet container, a path matcher), so each one is a way around a
 * check made on the other spelling. Only the exact path is a webhook.
 */
final class WebhookPaths {

  private WebhookPaths() {}

  /** Variant name → request target, as it goes on the wire. */
  static Map<String, String> variants(String path) {
    Map<String, String> variants = new LinkedHashMap<>();
    List<Integer> slashes = new ArrayList<>();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        slashes.add(i);
      }
    }
    for (int s = 0; s < slashes.size(); s++) {
      int at = slashes.get(s);
      String before = path.substring(0, at);
      String after = path.substring(at + 1);
      String where = "slash " + (s + 1);
      if (s > 0) {
        variants.put(where + " as %2F", before + "%2F" + after);
        variants.put(where + " as %2f", before + "%2f" + after);
        variants.put(where + " as %252F", before + "%252F" + after);
        variants.put(where + " as backslash", before + "\\" + after);
        variants.put(where + " as %5C", before + "%5C" + after);
        variants.put(where + " after ;x=1", before + ";x=1/" + after);
      }
      variants.put(where + " doubled", before + "//" + after);
      variants.put(where + " with /./", before + "/./" + after);
      variants.put(where + " with /x/../", before + "/x/../" + after);
      variants.put(where + " with /%2e/", before + "/%2e/" + after);
      variants.put(where + " with /x/%2e%2e/", before + "/x/%2e%2e/" + after);
      variants.put(where + " with /x/%2E%2E/", before + "/x/%2E%2E/" + after);
    }
    variants.put("trailing /", path + "/");
    variants.put("trailing //", path + "//");
    variants.put("trailing /.", path + "/.");
    variants.put("trailing /x/..", path + "/x/..");
    variants.put("trailing ;x=1", path + ";x=1");
    variants.put("trailing ;", path + ";");
    variants.put("trailing %2F", path + "%2F");
    variants.put("trailing %20", path + "%20");
    variants.put("trailing %00", path + "%00");
    variants.put("trailing %2e", path + "%2e");
    variants.put("trailing backslash", path + "\\");
    variants.put("all upper case", path.toUpperCase(Locale.ROOT));
    String[] segments = path.substring(1).split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      String name = "segment '" + segment + "'";
      variants.put(name + " first char %-encoded", replace(segments, i, percent(segment.charAt(0)) + segment.substring(1)));
      variants.put(name + " last char %-encoded", replace(segments, i,
          segment.substring(0, segment.length() - 1) + percent(segment.charAt(segment.length() - 1)).toLowerCase(Locale.ROOT)));
      String upper = segment.toUpperCase(Locale.ROOT);
      String lower = segment.toLowerCase(Locale.ROOT);
      if (!upper.equals(segment)) {
        variants.put(name + " upper case", replace(segments, i, upper));
      }
      if (!lower.equals(segment)) {
        variants.put(name + " lower case", replace(segments, i, lower));
      }
      variants.put(name + " + raw UTF-8 é", replace(segments, i, segment + "é"));
      variants.put(name + " + %C3%A9", replace(segments, i, segment + "%C3%A9"));
      char fullwidth = (char) (segment.charAt(0) - 0x21 + 0xFF01);
      if (segment.charAt(0) >= 0x21 && segment.charAt(0) <= 0x7E) {
        variants.put(name + " first char full-width (raw UTF-8)", replace(segments, i, fullwidth + segment.substring(1)));
        variants.put(name + " first char full-width (%-encoded)", replace(segments, i,
            utf8Percent(fullwidth) + segment.substring(1)));
      }
    }
    variants.remove("exact", path);
    variants.values().removeIf(path::equals);
    return variants;
  }

  private static String replace(String[] segments, int index, String value) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      path.append('/').append(i == index ? value : segments[i]);
    }
    return path.toString();
  }

  private static String percent(char c) {
    return String.format("%%%02X", (int) c);
  }

  private static String utf8Percent(char c) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      encoded.append(String.format("%%%02X", b & 0xFF));
    }
    return encoded.toString();
  }
}
