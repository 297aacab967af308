package io.opendoms.order.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where notifications may go: https only, and never to this machine or a private network (a subscription must
 * not turn the OMS into a way into the internal network), unless the deployment allows it (the local default
 * does, so that a developer can subscribe http://localhost). Checked when subscribing and again before each
 * send, since a host name may resolve elsewhere later.
 */
public final class SubscriptionUrlPolicy {

    private final boolean allowInsecure;

    public SubscriptionUrlPolicy(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** Why the URL is refused, or empty when notifications may go there. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an absolute https URL without user info or fragment");
        }
        if (allowInsecure) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("must use https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                        || address.isSiteLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
                    return Optional.of("must not point at this machine or a private network");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " does not resolve");
        }
        return Optional.empty();
    }

    /** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
