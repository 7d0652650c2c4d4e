package org.exportalliance.portal.platform.i18n;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the message bundles of both languages at start-up. The message source otherwise reads a language's file the
 * first time someone needs a message in it, and that someone may be a request on a non-blocking thread (a refusal
 * written by the API after a timeout): file I/O there would hold up every other request on the thread.
 */
@Component
class MessageBundlesLoaded implements SmartInitializingSingleton {

    private final MessageSource messages;

    MessageBundlesLoaded(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PortalLocales.SUPPORTED.forEach(locale -> messages.getMessage("app.title", null, locale));
    }
}
