package io.opendoms.platform.web;

import java.util.Optional;

/**
 * The one path rule of every OpenDOMS server (gateway and services): a request path is accepted only when
 * its raw form is already canonical, so that the signature check, the security rules and the dispatcher —
 * which may each decode and normalise differently — cannot disagree about which endpoint it names.
 *
 * <p>Refused: anything but printable ASCII (raw non-ASCII, spaces, control characters), a backslash,
 * {@code ;} (path parameters), an empty segment ({@code //}), a {@code .} or {@code ..} segment, and
 * percent-encoding of a character that never needs it or that changes the path's structure: letters,
 * digits, {@code - . _ ~}, {@code /}, {@code \}, {@code %}, {@code ;}, control and non-ASCII bytes. What is
 * left may still be percent-encoded (a space or {@code @} inside an id, say) and decodes to one path only.
 */
public final class CanonicalPaths {

    private CanonicalPaths() {
    }

    /** Why {@code rawPath} (the request URI without query, as sent) is not canonical; empty when it is. */
    public static Optional<String> violation(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Optional.of("The path must start with '/'.");
        }
        int length = rawPath.length();
        int segmentStart = 1;
        for (int i = 0; i < length; i++) {
            char c = rawPath.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return Optional.of("The path may hold printable ASCII characters only.");
            }
            switch (c) {
                case '\\' -> {
                    return Optional.of("The path must not contain a backslash.");
                }
                case ';' -> {
                    return Optional.of("The path must not contain ';' parameters.");
                }
                case '%' -> {
                    if (i + 2 >= length || hex(rawPath.charAt(i + 1)) < 0 || hex(rawPath.charAt(i + 2)) < 0) {
                        return Optional.of("The path contains a malformed percent-encoding.");
                    }
                    int decoded = hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2));
                    if (mustNotBeEncoded(decoded)) {
                        return Optional.of("The path percent-encodes a character that must be written as it is "
                                + "or not at all.");
                    }
                    i += 2;
                }
                case '/' -> {
                    if (i > 0) {
                        Optional<String> segment = checkSegment(rawPath, segmentStart, i);
                        if (segment.isPresent()) {
                            return segment;
                        }
                        segmentStart = i + 1;
                    }
                }
                default -> {
                    // an ordinary character
                }
            }
        }
        if (segmentStart < length) {
            return checkSegment(rawPath, segmentStart, length);
        }
        return Optional.empty();
    }

    public static boolean isCanonical(String rawPath) {
        return violation(rawPath).isEmpty();
    }

    private static Optional<String> checkSegment(String path, int start, int end) {
        if (start == end) {
            return Optional.of("The path must not contain an empty segment ('//').");
        }
        String segment = path.substring(start, end);
        if (segment.equals(".") || segment.equals("..")) {
            return Optional.of("The path must not contain '.' or '..' segments.");
        }
        return Optional.empty();
    }

    private static boolean mustNotBeEncoded(int b) {
        return b < 0x20 || b >= 0x7f
                || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~'
                || b == '/' || b == '\\' || b == '%' || b == ';';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
