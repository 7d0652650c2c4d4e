package org.exportalliance.portal.platform.api;

import java.nio.charset.StandardCharsets;
import org.exportalliance.portal.platform.files.GeneratedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** File answers (exports, letters, calendars): the bytes, their type, and a download name in any script. */
public final class ApiDownloads {

    private ApiDownloads() {}

    /**
     * 200 with {@code Content-Disposition: attachment}; the name goes as RFC 5987 UTF-8 ({@code filename*}) so Chinese
     * survives, with an ASCII fallback for old clients. Never cached: these files carry firms' data.
     */
    public static Mono<ServerResponse> attachment(GeneratedFile file) {
        return ServerResponse.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .bodyValue(file.content());
    }
}
