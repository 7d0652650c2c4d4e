package org.exportalliance.portal.audit;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An action code in words: the bundle's {@code audit.action.<code>} when it has one, else the code itself (a feature
 * may record a new action before anybody names it).
 */
@Component
public class ActionLabels {

    public static final String PREFIX = "audit.action.";

    private final MessageSource messages;

    ActionLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code, Locale locale) {
        String label = messages.getMessage(PREFIX + code, null, null, locale);
        return label == null ? code : label;
    }
}
