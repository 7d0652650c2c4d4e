package org.exportalliance.portal.platform.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** File answers (exports, letters, calendars): the bytes, their type, and a download name in any script. */
public final class ApiDownloads {

    private ApiDownloads() {}

    /** 200 with {@code Content-Disposition: attachment}; the name is sent as RFC 5987 UTF-8 so Chinese survives. */
    public static Mono<ServerResponse> attachment(String fileName, String mediaType, byte[] content) {
        return ServerResponse.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .bodyValue(content);
    }
}
