package org.exportalliance.portal.platform.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
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

    /**
     * One page of a list fetched with one row more than {@code limit}: {@code {"items": [...], "nextCursor": ...}},
     * the cursor made from the page's last row when another page follows, null on the last page.
     */
    public static <T> Mono<ServerResponse> page(List<T> rows, int limit, Function<T, ?> json,
            Function<T, String> cursorAfter) {
        return json(pageBody(rows, limit, json, cursorAfter));
    }

    /** The body {@link #page} sends, for answers that are written once and kept ({@link RenderedJson}). */
    public static <T> Map<String, Object> pageBody(List<T> rows, int limit, Function<T, ?> json,
            Function<T, String> cursorAfter) {
        List<T> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().map(json).toList());
        body.put("nextCursor", rows.size() > limit ? cursorAfter.apply(items.getLast()) : null);
        return body;
    }

    /** JSON written before: sent as it is with its ETag, or a 304 when the client's If-None-Match names it. */
    public static Mono<ServerResponse> rendered(ServerRequest request, RenderedJson json) {
        if (request.headers().header(HttpHeaders.IF_NONE_MATCH).stream()
                .anyMatch(tags -> Arrays.stream(tags.split(",")).map(String::strip)
                        .anyMatch(tag -> tag.equals(json.etag()) || tag.equals("W/" + json.etag())))) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(json.etag()).build();
        }
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).eTag(json.etag()).bodyValue(json.body());
    }

    /** A list as {@code {"items": [...]}}, so a cursor or totals can join it later without breaking clients. */
    public static Mono<ServerResponse> items(List<?> items) {
        return json(Map.of("items", items));
    }
}
