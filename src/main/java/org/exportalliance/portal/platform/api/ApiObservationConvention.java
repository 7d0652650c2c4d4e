package org.exportalliance.portal.platform.api;

import io.micrometer.common.KeyValue;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Tags API metrics with the full route template ({@code /api/v1/fairs/{id}}). The adapter treats {@code /api} as the
 * context path, so the matched pattern lacks it.
 */
class ApiObservationConvention extends DefaultServerRequestObservationConvention {

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        String pattern = context.getPathPattern();
        if (pattern != null) {
            return KeyValue.of("uri", context.getCarrier().getPath().contextPath().value() + pattern);
        }
        return super.uri(context);
    }
}
