package org.exportalliance.portal.notification.webhook;

import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of an allow-list ({@code portal.webhooks.allowed-hosts}, or the list staff keep): a host name, matched
 * exactly (lower case, without brackets or a trailing dot), or a block of addresses in CIDR notation, a bare address
 * being a block of one. Read from the text alone, never by a lookup; {@link #text()} is its one spelling
 * ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}, {@code 2130706433} is {@code 127.0.0.1/32}), so an entry is stored once.
 */
public sealed interface HostPattern {

    /** Letters, digits, {@code _} and {@code -} in dot-separated labels of up to 63 characters; 253 in all. */
    Pattern NAME = Pattern.compile("(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?"
            + "(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*");

    String text();

    /** The entry {@code entry} stands for, or none when it is neither a host name, an address nor a CIDR block. */
    static Optional<HostPattern> parse(String entry) {
        String e = HostAddresses.normalise(entry.strip());
        if (e.isEmpty() || e.contains("%")) {
            // An IPv6 scope (fe80::1%eth0) names this host's interface: no address of a receiver.
            return Optional.empty();
        }
        try {
            if (e.contains("/")) {
                int slash = e.indexOf('/');
                String bits = e.substring(slash + 1);
                if (!bits.matches("[0-9]{1,3}")) {
                    return Optional.empty();
                }
                String address = HostAddresses.normalise(e.substring(0, slash));
                return Optional.of(new Block(IpBlock.parse(InetAddress.ofLiteral(address).getHostAddress() + "/"
                        + bits).network()));
            }
            Optional<InetAddress> literal = HostAddresses.literal(e);
            if (literal.isPresent()) {
                return Optional.of(new Block(IpBlock.parse(literal.get().getHostAddress())));
            }
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        return NAME.matcher(e).matches() ? Optional.of(new Name(e)) : Optional.empty();
    }

    /** Whether {@code host} (normalised) is this name. */
    default boolean names(String host) {
        return this instanceof Name(String name) && name.equals(host);
    }

    /** Whether {@code address} lies in this block. */
    default boolean covers(InetAddress address) {
        return this instanceof Block(IpBlock block) && block.contains(address);
    }

    /** A host name, lower case. */
    record Name(String text) implements HostPattern {}

    /** A block of addresses, with the bits after its prefix cleared. */
    record Block(IpBlock block) implements HostPattern {

        @Override
        public String text() {
            return block.toString();
        }

        /** {@code 0.0.0.0/0} or {@code ::/0}: every address of its family. */
        public boolean everything() {
            return block.bits() == 0;
        }

        /** Whether a cloud metadata service lies in this block ({@link PrivateNetworks#METADATA}). */
        public boolean reachesMetadata() {
            return PrivateNetworks.METADATA.stream().anyMatch(block::contains);
        }
    }
}
