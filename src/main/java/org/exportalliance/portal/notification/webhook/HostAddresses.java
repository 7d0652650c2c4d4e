package org.exportalliance.portal.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host of an endpoint and the addresses it stands for, read the way HTTP clients and browsers read them: an IPv4
 * address may be spelt as one decimal number ({@code 2130706433}), in octal or hex parts ({@code 0177.0.0.1},
 * {@code 0x7f.1}), which {@link Inet4Address#ofPosixLiteral} understands; an IPv6 literal stands in brackets. Only a
 * name that is no literal is looked up, and that blocks: callers run {@link #resolve} on {@code platform.Workers}.
 */
final class HostAddresses {

    private HostAddresses() {}

    /**
     * The host of {@code uri}, lower case, without brackets or a trailing dot. {@link URI#getHost()} gives none for
     * hosts it cannot parse as a name ({@code 0x7f.1}: its last label starts with a digit), so the authority is read
     * then; an empty result means there is no host.
     */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            String authority = uri.getRawAuthority();
            if (authority == null) {
                return "";
            }
            host = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
            if (colon > 0) {
                host = host.substring(0, colon);
            }
        }
        return normalise(host);
    }

    static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The address a literal host stands for, without any lookup; empty for a name. */
    static Optional<InetAddress> literal(String host) {
        String h = normalise(host);
        try {
            if (h.contains(":")) {
                return Optional.of(Inet6Address.ofLiteral(h));
            }
            return Optional.of(Inet4Address.ofPosixLiteral(h));
        } catch (IllegalArgumentException notALiteral) {
            return Optional.empty();
        }
    }

    /** Every address of {@code host}: the literal itself, or the name looked up (blocking). */
    static List<InetAddress> resolve(String host) throws UnknownHostException {
        Optional<InetAddress> literal = literal(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        return List.of(InetAddress.getAllByName(normalise(host)));
    }
}
