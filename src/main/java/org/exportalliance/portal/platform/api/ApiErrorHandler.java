package org.exportalliance.portal.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.platform.db.DatabaseOutage;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every failure in the API into a problem-details response. Refusals carry their own status and message; input
 * that cannot be read names the field where it can; anything unexpected is a 500 whose detail leaks nothing, logged
 * with a reference.
 */
class ApiErrorHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private final ApiProblems problems;

    ApiErrorHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        return switch (error) {
            case InvalidInput invalid -> problems.write(exchange, 400, "invalid-input", invalid.messageKey(),
                    invalid.args(), invalid.problems());
            case Refusal refusal -> problems.write(exchange, refusal.status(), ApiProblems.codeOf(refusal.messageKey()),
                    refusal.messageKey(), refusal.args(), List.of(), refusal.extensions());
            case ServerWebInputException input -> unreadable(exchange, input);
            case MethodNotAllowedException e -> problems.write(exchange, 405, "method-not-allowed",
                    "error.method-not-allowed", new Object[0], List.of());
            case UnsupportedMediaTypeStatusException e -> problems.write(exchange, 415, "unsupported-media-type",
                    "error.unsupported-media-type", new Object[0], List.of());
            case ResponseStatusException status -> byStatus(exchange, status);
            case Throwable outage when DatabaseOutage.isCauseOf(outage) -> ServiceUnavailable.write(exchange, problems);
            default -> unexpected(exchange, error);
        };
    }

    private Mono<Void> byStatus(ServerWebExchange exchange, ResponseStatusException e) {
        int status = e.getStatusCode().value();
        String reason = e.getReason();
        String key = reason != null && reason.startsWith("error.") ? reason : switch (status) {
            case 401 -> "error.unauthorized";
            case 403 -> "error.not-permitted";
            case 404 -> "error.not-found";
            default -> status >= 500 ? "error.unexpected" : "error.malformed-body";
        };
        if (status >= 500) {
            return unexpected(exchange, e);
        }
        return problems.write(exchange, status, ApiProblems.codeOf(key), key, new Object[0], List.of());
    }

    /** A body or parameter that could not be read: say which field when the JSON parser knows it, and why. */
    private Mono<Void> unreadable(ServerWebExchange exchange, ServerWebInputException e) {
        List<FieldProblem> fields = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                // Named as the features' rules name fields: contacts[0].name.
                String field = jackson.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName()
                                : "[" + ref.getIndex() + "]")
                        .reduce(String::concat).map(path -> path.startsWith(".") ? path.substring(1) : path)
                        .orElse("body");
                fields.add(new FieldProblem(field, switch (jackson) {
                    case ApiInput.UnsafeText text -> PlainText.PROBLEM;
                    case ApiInput.NumberOutOfRange number -> "validation.too-large";
                    case InvalidNullException nullItem -> "validation.null-item";
                    default -> "error.malformed-body";
                }));
                break;
            }
            if (t instanceof DecodingException && t.getCause() == null) {
                break;
            }
        }
        return problems.write(exchange, 400, "malformed-body", "error.malformed-body", new Object[0], fields);
    }

    private Mono<Void> unexpected(ServerWebExchange exchange, Throwable error) {
        String reference = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        log.error("API request {} {} failed [{}]", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), reference, error);
        return problems.write(exchange, 500, "unexpected", "error.unexpected", new Object[0], List.of());
    }
}
