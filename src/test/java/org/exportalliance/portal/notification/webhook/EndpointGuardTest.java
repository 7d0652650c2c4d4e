package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointGuardTest {

    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);

    final EndpointGuard guard = new EndpointGuard(List.of());

    static Stream<Arguments> endpoints() {
        Class<? extends Refusal> privateNet = EndpointInPrivateNetwork.class;
        return Stream.of(
                // IPv4 loopback, however it is spelt
                Arguments.of("http://127.0.0.1/hook", privateNet),
                Arguments.of("http://127.8.9.10:8080/", privateNet),
                Arguments.of("http://127.1/", privateNet),
                Arguments.of("http://2130706433/", privateNet),
                Arguments.of("http://0x7f.1/", privateNet),
                Arguments.of("http://0x7f000001/", privateNet),
                Arguments.of("http://0177.0.0.1/", privateNet),
                Arguments.of("http://0x7F.0.0.1/", privateNet),
                Arguments.of("http://localhost:8080/", privateNet),
                Arguments.of("http://LOCALHOST./", privateNet),
                // private, carrier-grade NAT, link-local, metadata, unspecified, broadcast, multicast, reserved
                Arguments.of("http://10.0.0.1/", privateNet),
                Arguments.of("https://10.255.255.255/", privateNet),
                Arguments.of("http://172.16.0.1/", privateNet),
                Arguments.of("http://172.31.255.255/", privateNet),
                Arguments.of("http://192.168.1.1/", privateNet),
                Arguments.of("http://3232235777/", privateNet),
                Arguments.of("http://100.64.0.1/", privateNet),
                Arguments.of("http://100.100.100.200/latest/meta-data/", privateNet),
                Arguments.of("http://169.254.169.254/latest/meta-data/", privateNet),
                Arguments.of("http://169.254.0.23/", privateNet),
                Arguments.of("http://0.0.0.0/", privateNet),
                Arguments.of("http://0/", privateNet),
                Arguments.of("http://255.255.255.255/", privateNet),
                Arguments.of("http://224.0.0.1/", privateNet),
                Arguments.of("http://240.0.0.1/", privateNet),
                // IPv6, and IPv6 forms that carry an IPv4 address
                Arguments.of("http://[::1]/", privateNet),
                Arguments.of("http://[0:0:0:0:0:0:0:1]:9000/", privateNet),
                Arguments.of("http://[::]/", privateNet),
                Arguments.of("http://[fe80::1]/", privateNet),
                Arguments.of("http://[febf:ffff::1]/", privateNet),
                Arguments.of("http://[fc00::1]/", privateNet),
                Arguments.of("http://[fd12:3456:789a::1]/", privateNet),
                Arguments.of("http://[fd00:ec2::254]/latest/meta-data/", privateNet),
                Arguments.of("http://[ff02::1]/", privateNet),
                Arguments.of("http://[::ffff:127.0.0.1]/", privateNet),
                Arguments.of("http://[::ffff:7f00:1]/", privateNet),
                Arguments.of("http://[0:0:0:0:0:ffff:10.0.0.1]:8443/", privateNet),
                Arguments.of("http://[::ffff:169.254.169.254]/", privateNet),
                Arguments.of("http://[::127.0.0.1]/", privateNet),
                Arguments.of("http://[::192.168.0.1]/", privateNet),
                Arguments.of("http://[64:ff9b::a00:1]/", privateNet),
                Arguments.of("http://[2002:c0a8:101::1]/", privateNet),
                // public addresses pass
                Arguments.of("http://8.8.8.8/", null),
                Arguments.of("https://1.1.1.1:8443/hooks/erp?firm=7", null),
                Arguments.of("http://[2001:4860:4860::8888]/", null),
                Arguments.of("http://[::ffff:8.8.8.8]/", null),
                Arguments.of("http://172.15.255.255/", null),
                Arguments.of("http://172.32.0.1/", null),
                Arguments.of("http://100.63.255.255/", null),
                Arguments.of("http://100.128.0.1/", null),
                Arguments.of("http://192.169.0.1/", null),
                Arguments.of("http://11.0.0.1/", null),
                // a public address no HTTP client can read from the URL is still no usable endpoint
                Arguments.of("http://0x08.8.8.8/", EndpointMalformed.class),
                // schemes and forms
                Arguments.of("ftp://8.8.8.8/", EndpointSchemeRefused.class),
                Arguments.of("file:///etc/passwd", EndpointSchemeRefused.class),
                Arguments.of("gopher://8.8.8.8:70/", EndpointSchemeRefused.class),
                Arguments.of("javascript:alert(1)", EndpointSchemeRefused.class),
                Arguments.of("//8.8.8.8/hook", EndpointSchemeRefused.class),
                Arguments.of("http://user:secret@8.8.8.8/", EndpointMalformed.class),
                Arguments.of("http://8.8.8.8@127.0.0.1/", EndpointMalformed.class),
                Arguments.of("http:///nohost", EndpointMalformed.class),
                Arguments.of("http://exa mple.com/", EndpointMalformed.class),
                Arguments.of("http://no-such-host.invalid/", EndpointUnresolved.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void endpoints_in_private_networks_are_refused_however_they_are_written(String url,
            Class<? extends Refusal> refusal) {
        var check = ReactiveGuard.onReactiveThread(() -> guard.check(url));
        if (refusal == null) {
            assertThat(check.block(WAIT)).isEqualTo(URI.create(url));
        } else {
            assertThat(check.map(Object::toString).onErrorResume(e -> reactor.core.publisher.Mono.just(
                    e.getClass().getSimpleName())).block(WAIT)).isEqualTo(refusal.getSimpleName());
        }
    }

    @Test
    void hosts_addresses_and_blocks_on_the_allow_list_pass_and_nothing_else_does() {
        EndpointGuard allowing = new EndpointGuard(List.of(" 127.0.0.1", "LocalHost", "10.20.0.0/16",
                "[fd00::7]", ""));
        assertThat(allowing.check("http://127.0.0.1:8080/hook").block()).hasPort(8080);
        assertThat(allowing.check("http://2130706433/").block()).as("the address, however it is spelt").isNotNull();
        assertThat(allowing.check("http://10.20.3.4/").block()).isNotNull();
        assertThat(allowing.check("http://[fd00::7]/").block()).isNotNull();
        assertThat(allowing.check("http://localhost./hook").block()).as("a name on the list").isNotNull();
        assertRefused(allowing, "http://127.0.0.2/");
        assertRefused(allowing, "http://10.21.0.1/");
        assertRefused(allowing, "http://[fd00::8]/");
        assertRefused(allowing, "http://[::1]/");
    }

    @Test
    void an_ipv6_address_that_carries_a_private_ipv4_address_is_judged_by_it_even_when_java_keeps_it_ipv6()
            throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        java.net.InetAddress kept = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertThat(kept).isInstanceOf(java.net.Inet6Address.class);
        assertThat(PrivateNetworks.contains(kept)).isTrue();
        mapped[12] = 8;
        assertThat(PrivateNetworks.contains(java.net.Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }

    private static void assertRefused(EndpointGuard guard, String url) {
        assertThat(guard.check(url).map(Object::toString).onErrorResume(EndpointInPrivateNetwork.class,
                e -> reactor.core.publisher.Mono.just("refused")).block()).as(url).isEqualTo("refused");
    }
}
