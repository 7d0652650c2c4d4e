package org.exportalliance.portal.request.api;

import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Codes in request bodies, each refused on its field when missing or unknown. */
final class RequestCodes {

    private RequestCodes() {}

    static <E extends Enum<E>> E of(Class<E> type, @Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(List.of(new FieldProblem(field, "validation.required")));
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new FieldProblem(field, "validation.bad-value")));
        }
    }

    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInput(List.of(new FieldProblem(field, "validation.required")));
        }
        return value;
    }
}
