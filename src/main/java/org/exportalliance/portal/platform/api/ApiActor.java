package org.exportalliance.portal.platform.api;

import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The actor behind the current API call, as {@link ApiAuthenticationFilter} put it in the reactive context. */
public final class ApiActor {

    private ApiActor() {}

    public static Mono<Actor> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null ? null
                        : context.getAuthentication().getPrincipal())
                .ofType(Actor.class)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
    }

    /** The actor, if staff; a 403 problem otherwise. */
    public static Mono<Actor> staff() {
        return current().flatMap(actor -> actor.isStaff() ? Mono.just(actor) : Mono.error(new NotPermitted()));
    }
}
