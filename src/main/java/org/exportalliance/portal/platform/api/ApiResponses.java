package org.exportalliance.portal.platform.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** The API's 200 answers: a JSON body, with its version as the ETag where clients may send it back in If-Match. */
public final class ApiResponses {

    private ApiResponses() {}

    public static Mono<ServerResponse> json(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    }

    public static Mono<ServerResponse> json(Object body, long version) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).eTag(ApiRequests.etag(version))
                .bodyValue(body);
    }

    /** A list as {@code {"items": [...]}}, so a cursor or totals can join it later without breaking clients. */
    public static Mono<ServerResponse> items(List<?> items) {
        return json(Map.of("items", items));
    }
}
