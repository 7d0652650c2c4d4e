package org.exportalliance.portal.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Gives Vaadin's {@code getTranslation} the same bundles ({@code messages*.properties}) the API uses. */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(MessageSourceI18NProvider.class);
    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return PortalLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, Formats.args(params, locale), locale);
        } catch (NoSuchMessageException e) {
            log.warn("Missing message key '{}' for {}", key, locale);
            return "!" + key;
        }
    }
}
