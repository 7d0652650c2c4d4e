package org.exportalliance.portal.support;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The portal's message bundles as Boot configures them (application.properties), for tests without a context. */
public final class Bundles {

    private Bundles() {}

    public static MessageSource portal() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
