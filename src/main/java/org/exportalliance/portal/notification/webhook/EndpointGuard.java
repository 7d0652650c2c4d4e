package org.exportalliance.portal.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exportalliance.portal.platform.Workers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps webhooks out of private networks (server-side request forgery): an endpoint must be an http(s) address whose
 * host resolves only to public addresses; loopback, private, carrier-grade NAT, link-local, unique-local, multicast,
 * unspecified and broadcast addresses, the same in IPv6 forms that carry an IPv4 address, and the cloud metadata
 * services are refused ({@link PrivateNetworks}). Hosts and addresses on an allow-list pass: the configuration's
 * ({@code portal.webhooks.allowed-hosts}: names, addresses or CIDR blocks, comma-separated; for tests and set-ups) and
 * the one staff keep ({@link StaffAllowList}, read from memory). A metadata service never passes.
 *
 * <p>A name is looked up on {@code platform.Workers}, never on a reactive thread. The sender asks again when it
 * connects ({@link GuardedAddressResolverGroup}), and connects only to the addresses this guard passed, so a name that
 * resolves elsewhere between registration and delivery (DNS rebinding) is refused too.
 */
@Component
public class EndpointGuard {

    private static final int MAX_LENGTH = 2048;

    private final List<HostPattern> configured = new ArrayList<>();
    private final StaffAllowList staff;

    /** A guard with the configured allow-list only (tests, tools). */
    EndpointGuard(List<String> allowList) {
        this(allowList, StaffAllowList.NONE);
    }

    @Autowired
    EndpointGuard(@Value("${portal.webhooks.allowed-hosts:}") List<String> allowList, StaffAllowList staff) {
        for (String entry : allowList) {
            if (!entry.isBlank()) {
                configured.add(HostPattern.parse(entry).orElseThrow(() -> new IllegalStateException(
                        "portal.webhooks.allowed-hosts: not a host name, an address or a CIDR block: " + entry)));
            }
        }
        this.staff = staff;
    }

    /**
     * Checks an endpoint someone enters: its form (no DNS), then every address its host resolves to. Emits the parsed
     * address, or fails with {@link EndpointMalformed}, {@link EndpointSchemeRefused}, {@link EndpointUnresolved} or
     * {@link EndpointInPrivateNetwork}.
     */
    public Mono<URI> check(String url) {
        return Mono.fromCallable(() -> parse(url))
                .flatMap(uri -> addressesOf(HostAddresses.hostOf(uri)).thenReturn(uri))
                .map(EndpointGuard::readableByClients);
    }

    /**
     * A host only our reading finds ({@code 0x7f.1}: {@link URI#getHost()} gives none) is judged by its addresses
     * first, so that a private one is refused as such; a public one is still no address an HTTP client can use.
     */
    private static URI readableByClients(URI uri) {
        if (uri.getHost() == null) {
            throw new EndpointMalformed();
        }
        return uri;
    }

    /** The endpoint's form alone: an absolute http(s) address with a host and no user name or password. */
    public URI parse(String url) {
        String text = url.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new EndpointMalformed();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
            throw new EndpointSchemeRefused();
        }
        String authority = uri.getRawAuthority();
        if (text.length() > MAX_LENGTH || uri.isOpaque() || authority == null || authority.contains("@")
                || HostAddresses.hostOf(uri).isEmpty()) {
            throw new EndpointMalformed();
        }
        return uri;
    }

    /**
     * The addresses of {@code host}, each one allowed: resolved without blocking the caller, failing with
     * {@link EndpointUnresolved} or {@link EndpointInPrivateNetwork}.
     */
    Mono<List<InetAddress>> addressesOf(String host) {
        String name = HostAddresses.normalise(host);
        Mono<List<InetAddress>> addresses = HostAddresses.literal(name)
                .map(address -> Mono.just(List.of(address)))
                .orElseGet(() -> Workers.call(() -> HostAddresses.resolve(name)));
        return addresses
                .onErrorMap(UnknownHostException.class, e -> new EndpointUnresolved())
                .zipWith(staff.current(), (found, listed) -> vetted(name, found, listed));
    }

    /**
     * The addresses, if each is allowed: a public one, or one the host's name or the address's block is listed for.
     * A cloud metadata service is refused whatever the lists say.
     */
    private List<InetAddress> vetted(String name, List<InetAddress> addresses, List<HostPattern> listed) {
        boolean nameListed = listed(name, configured) || listed(name, listed);
        for (InetAddress address : addresses) {
            if (PrivateNetworks.metadata(address)) {
                throw new EndpointInPrivateNetwork();
            }
            if (!nameListed && PrivateNetworks.contains(address) && !covered(address, configured)
                    && !covered(address, listed)) {
                throw new EndpointInPrivateNetwork();
            }
        }
        return addresses;
    }

    private static boolean listed(String name, List<HostPattern> patterns) {
        return patterns.stream().anyMatch(p -> p.names(name));
    }

    private static boolean covered(InetAddress address, List<HostPattern> patterns) {
        return patterns.stream().anyMatch(p -> p.covers(address));
    }
}
