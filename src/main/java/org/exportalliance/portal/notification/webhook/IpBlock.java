package org.exportalliance.portal.notification.webhook;

import java.net.InetAddress;
import java.util.Arrays;

/** A block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); one family each. */
public record IpBlock(byte[] prefix, int bits) {

    public IpBlock {
        prefix = prefix.clone();
        if (bits < 0 || bits > prefix.length * 8) {
            throw new IllegalArgumentException("prefix length " + bits + " out of range");
        }
    }

    /** Parses {@code address/bits}, or a bare address (a block of one), from IP literals only: never a DNS lookup. */
    public static IpBlock parse(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] bytes = InetAddress.ofLiteral(address.replace("[", "").replace("]", "")).getAddress();
        int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        return new IpBlock(bytes, bits);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (prefix[whole] & mask);
    }

    /** The same block with the bits after the prefix cleared: {@code 10.1.2.3/8} is {@code 10.0.0.0/8}. */
    public IpBlock network() {
        byte[] masked = prefix.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.clamp(bits - i * 8L, 0, 8);
            masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
        }
        return new IpBlock(masked, bits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpBlock block && bits == block.bits && Arrays.equals(prefix, block.prefix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prefix) + bits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/" + bits;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
