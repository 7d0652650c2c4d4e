package org.exportalliance.portal.platform.api;

import java.math.BigDecimal;
import org.exportalliance.portal.platform.refusal.PlainText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the API reads JSON input, stricter than the portal's own JSON: text with control characters (but tab and line
 * breaks, which the features' rules allow only in multi-line fields) and numbers no field could hold are refused while
 * the body is read, so the refusal names the field as the rules do ({@code contacts[0].name}) and nothing of it
 * reaches a service or the database. Null items in any list are refused as well (see {@link ApiCodecs}).
 */
final class ApiInput {

    /** Digits before and after the point: more than any amount, area or quantity of the portal needs. */
    static final int MAX_DIGITS = 30;

    private ApiInput() {}

    static SimpleModule module() {
        return new SimpleModule("api-input")
                .addDeserializer(String.class, new CheckedString())
                .addDeserializer(BigDecimal.class, new BoundedDecimal());
    }

    /** A string with a character people do not type. */
    static final class UnsafeText extends MismatchedInputException {
        UnsafeText(JsonParser p) {
            super(p, "text holds a control character", String.class);
        }
    }

    /** A number with more digits, or a larger exponent, than any field takes. */
    static final class NumberOutOfRange extends MismatchedInputException {
        NumberOutOfRange(JsonParser p) {
            super(p, "number out of range", BigDecimal.class);
        }
    }

    private static final class CheckedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && !PlainText.acceptable(value, true)) {
                throw new UnsafeText(p);
            }
            return value;
        }
    }

    /** {@code 1e999999999} is a short input and a gigabyte as plain text: refused before anything formats it. */
    private static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
                throw new NumberOutOfRange(p);
            }
            return value;
        }
    }
}
