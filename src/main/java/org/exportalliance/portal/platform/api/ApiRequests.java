package org.exportalliance.portal.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/** Reading requests the same way in every handler: parameters, bodies, cursors, versions. */
public final class ApiRequests {

    private ApiRequests() {}

    /** The JSON body as {@code type}; a missing body is a 400 like a malformed one. */
    public static <T> Mono<T> body(ServerRequest request, Class<T> type) {
        return request.bodyToMono(type)
                .switchIfEmpty(Mono.error(() -> new InvalidInput(List.of(new FieldProblem("body",
                        "error.malformed-body")))));
    }

    /** A query parameter's text, stripped; one holding a control character is a 400 naming the parameter. */
    public static Optional<String> text(ServerRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
            if (!PlainText.acceptable(s, false)) {
                throw new InvalidInput(List.of(new FieldProblem(name, PlainText.PROBLEM)));
            }
            return s;
        });
    }

    /**
     * The language a document is wanted in: {@code ?name=zh-CN|en} (a 400 naming the parameter otherwise), else the
     * caller's Accept-Language.
     */
    public static java.util.Locale language(ServerRequest request, String name) {
        return text(request, name).map(tag -> switch (tag.toLowerCase(java.util.Locale.ROOT)) {
            case "zh", "zh-cn", "zh-hans", "zh-hans-cn" -> PortalLocales.CHINESE;
            case "en", "en-us", "en-gb" -> PortalLocales.ENGLISH;
            default -> throw bad(name);
        }).orElseGet(() -> ApiProblems.localeOf(request.exchange()));
    }

    public static boolean flag(ServerRequest request, String name, boolean otherwise) {
        return text(request, name).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw bad(name);
        }).orElse(otherwise);
    }

    public static int limit(ServerRequest request, int otherwise, int max) {
        return text(request, "limit").map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < 1 || n > max) {
                    throw bad("limit");
                }
                return n;
            } catch (NumberFormatException e) {
                throw bad("limit");
            }
        }).orElse(otherwise);
    }

    public static <E extends Enum<E>> @Nullable E enumValue(ServerRequest request, String name, Class<E> type) {
        return text(request, name).map(v -> {
            try {
                return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(name);
            }
        }).orElse(null);
    }

    /** The {@code {id}} of the path; a malformed id names nothing, so it is {@code notFound}, like an unknown one. */
    public static UUID pathId(ServerRequest request, Supplier<? extends RuntimeException> notFound) {
        try {
            return UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            throw notFound.get();
        }
    }

    /** The version an {@code If-Match: "7"} header names, if any. */
    public static Optional<Long> ifMatchVersion(ServerRequest request) {
        String header = request.headers().firstHeader("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String v = header.strip().replace("W/", "").replace("\"", "");
        try {
            return Optional.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw bad("If-Match");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** An opaque cursor from the sort key of the last row returned. */
    public static String cursor(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    public static String[] decodeCursor(String cursor, int parts) {
        try {
            String[] decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            if (decoded.length != parts) {
                throw bad("cursor");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw bad("cursor");
        }
    }

    public static InvalidInput bad(String name) {
        return new InvalidInput(List.of(new FieldProblem(name, "validation.bad-value")));
    }
}
