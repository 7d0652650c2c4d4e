package org.exportalliance.portal.notification.webhook;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The hosts and address blocks staff allow webhooks to reach although they lie in a private network, besides those
 * of the configuration. {@link EndpointGuard} asks it on every check, at registration and when the sender connects,
 * so it answers from memory and never blocks; the list is kept by {@code notification.webhook.allowlist}.
 */
public interface StaffAllowList {

    /** Nobody's list: for a guard built by hand. */
    StaffAllowList NONE = () -> Mono.just(List.of());

    Mono<List<HostPattern>> current();
}
