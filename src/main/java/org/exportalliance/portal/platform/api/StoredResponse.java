package org.exportalliance.portal.platform.api;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The outcome of a POST as the API answered it: status, location, ETag and JSON body. Kept so that a retry with the
 * same Idempotency-Key gets the very same answer.
 */
public record StoredResponse(int status, @Nullable String location, @Nullable String etag, String body,
        boolean replayed) {

    public static StoredResponse created(String location, @Nullable String etag, String body) {
        return new StoredResponse(HttpStatus.CREATED.value(), location, etag, body, false);
    }

    public Mono<ServerResponse> render() {
        ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
        if (location != null) {
            builder.location(URI.create(location));
        }
        if (etag != null) {
            builder.eTag(etag);
        }
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.bodyValue(body);
    }
}
