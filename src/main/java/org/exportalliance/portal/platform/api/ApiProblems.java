package org.exportalliance.portal.platform.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) in the caller's language, chosen from
 * {@code Accept-Language} among the portal's two.
 */
public final class ApiProblems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_PREFIX = "urn:export-alliance:problem:";

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The caller's language: the first of Accept-Language that the portal speaks, else Chinese. */
    public static Locale localeOf(ServerWebExchange exchange) {
        return localeOf(exchange.getRequest().getHeaders());
    }

    static Locale localeOf(org.springframework.http.HttpHeaders headers) {
        try {
            return headers.getAcceptLanguageAsLocales().stream()
                    .filter(l -> "en".equals(l.getLanguage()) || "zh".equals(l.getLanguage()))
                    .findFirst()
                    .map(l -> PortalLocales.fromTag(l.toLanguageTag()))
                    .orElse(PortalLocales.CHINESE);
        } catch (IllegalArgumentException badHeader) {
            return PortalLocales.CHINESE;
        }
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, Formats.args(args, locale), key, locale);
    }

    Mono<Void> write(ServerWebExchange exchange, int status, String code, String detailKey, Object[] args,
            List<FieldProblem> fieldProblems) {
        return write(exchange, status, code, detailKey, args, fieldProblems, Map.of());
    }

    /** As above, plus a refusal's machine-readable extension members (RFC 9457 §3.2). */
    Mono<Void> write(ServerWebExchange exchange, int status, String code, String detailKey, Object[] args,
            List<FieldProblem> fieldProblems, Map<String, Object> extensions) {
        return write(exchange.getResponse(), status, render(status, code, detailKey, args, fieldProblems, extensions,
                localeOf(exchange), exchange.getRequest().getPath().value()));
    }

    /** The problem document in {@code locale}, for answers written outside WebFlux as well. */
    byte[] render(int status, String code, String detailKey, Object[] args, List<FieldProblem> fieldProblems,
            Map<String, Object> extensions, Locale locale, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(TYPE_PREFIX + code).toString());
        HttpStatus known = HttpStatus.resolve(status);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", message(detailKey, locale, args));
        body.put("instance", instance);
        if (!fieldProblems.isEmpty()) {
            body.put("errors", fieldProblems.stream().map(p -> {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", p.field());
                error.put("code", p.messageKey());
                error.put("message", message(p.messageKey(), locale));
                return error;
            }).toList());
        }
        extensions.forEach(body::putIfAbsent);
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    private Mono<Void> write(ServerHttpResponse response, int status, byte[] bytes) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setRawStatusCode(status);
        response.getHeaders().setContentType(PROBLEM_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    static String codeOf(String messageKey) {
        return messageKey.startsWith("error.") ? messageKey.substring("error.".length()) : messageKey;
    }

    static @Nullable String nullIfBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
