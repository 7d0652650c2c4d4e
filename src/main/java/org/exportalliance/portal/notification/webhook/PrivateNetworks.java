package org.exportalliance.portal.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Addresses a webhook may never reach: the portal's own host, the networks behind it, and the cloud's metadata
 * services. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address
 * inside, so {@code [::ffff:127.0.0.1]} is loopback too.
 */
final class PrivateNetworks {

    private static final List<IpBlock> IPV4 = blocks(
            "0.0.0.0/8",          // "this network", including the unspecified 0.0.0.0
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // carrier-grade NAT; Alibaba Cloud's metadata service (100.100.100.200) is here
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local; AWS, Azure, GCP (169.254.169.254) and Tencent (169.254.0.23) metadata
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments (DS-Lite, NAT64 discovery)
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking, often routed inside data centres
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, with the broadcast address 255.255.255.255

    private static final List<IpBlock> IPV6 = blocks(
            "::/128",             // unspecified
            "::1/128",            // loopback
            "100::/64",           // discard
            "fc00::/7",           // unique local; AWS's IPv6 metadata service fd00:ec2::254 is here
            "fe80::/10",          // link-local
            "fec0::/10",          // site-local (deprecated, still routed by some)
            "ff00::/8");          // multicast

    /**
     * The cloud metadata services (AWS, Azure and GCP; Tencent; Alibaba; AWS over IPv6): never reached, whatever an
     * allow-list says, since they hand out the host's credentials.
     */
    static final List<InetAddress> METADATA = Stream.of("169.254.169.254", "169.254.0.23", "100.100.100.200",
            "fd00:ec2::254").map(InetAddress::ofLiteral).toList();

    /** Built from its bytes: Java reads the literal {@code ::ffff:0:0} as the IPv4 address 0.0.0.0. */
    private static final IpBlock MAPPED = new IpBlock(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0}, 96);
    private static final IpBlock COMPATIBLE = IpBlock.parse("::/96");
    private static final IpBlock NAT64 = IpBlock.parse("64:ff9b::/96");
    private static final IpBlock SIX_TO_FOUR = IpBlock.parse("2002::/16");

    private PrivateNetworks() {}

    /** Whether {@code address}, or the IPv4 address an IPv6 one carries, lies in a network a webhook may not reach. */
    static boolean contains(InetAddress address) {
        if (address instanceof Inet4Address) {
            return IPV4.stream().anyMatch(block -> block.contains(address));
        }
        if (IPV6.stream().anyMatch(block -> block.contains(address))) {
            return true;
        }
        return embeddedIpv4(address).map(PrivateNetworks::contains).orElse(false);
    }

    /** Whether {@code address}, or the IPv4 address an IPv6 one carries, is a cloud metadata service. */
    static boolean metadata(InetAddress address) {
        return METADATA.contains(address) || embeddedIpv4(address).map(METADATA::contains).orElse(false);
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 or 6to4 IPv6 address. */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return Optional.empty();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static List<IpBlock> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(IpBlock::parse).toList();
    }
}
