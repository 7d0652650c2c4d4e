package org.exportalliance.portal.notification;

import io.netty.channel.ChannelOption;
import io.netty.resolver.AddressResolverGroup;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The HTTP client of the channels that post outside (robots, webhooks): Reactor Netty, never following a redirect
 * (a robot or a receiver that redirects is misconfigured, and a redirect could lead into our own network), with the
 * timeout for connecting and for the answer. Callers also bound the whole exchange by the same timeout.
 */
public final class OutboundHttp {

    private OutboundHttp() {}

    /** A client; {@code resolver}, if given, replaces Reactor Netty's own name resolution. */
    public static WebClient client(Duration timeout, @Nullable AddressResolverGroup<?> resolver) {
        HttpClient http = HttpClient.create()
                .followRedirect(false)
                .responseTimeout(timeout)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
        if (resolver != null) {
            http = http.resolver(resolver);
        }
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
