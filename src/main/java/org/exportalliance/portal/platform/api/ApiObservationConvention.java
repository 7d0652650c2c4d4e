package org.exportalliance.portal.platform.api;

import io.micrometer.common.KeyValue;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Tags API metrics with the full route template ({@code /api/v1/fairs/{id}}). The adapter treats {@code /api} as the
 * context path, so the matched pattern lacks it. A request refused before routing whose path no route takes (a body
 * too large for a mistyped address) is NOT_FOUND, as its 404 would have been.
 */
class ApiObservationConvention extends DefaultServerRequestObservationConvention {

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        String pattern = context.getPathPattern();
        if (pattern != null) {
            return KeyValue.of("uri", context.getCarrier().getPath().contextPath().value() + pattern);
        }
        if (Boolean.TRUE.equals(context.getAttributes().get(ApiRoutes.UNMATCHED))) {
            return KeyValue.of("uri", "NOT_FOUND");
        }
        return super.uri(context);
    }
}
