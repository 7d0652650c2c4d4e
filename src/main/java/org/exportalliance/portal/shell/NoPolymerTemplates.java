package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Says, once and for all, that the portal has no Polymer templates.
 *
 * <p>Flow asks its {@code Lookup} for this handler on every {@code $server} call that carries arguments (a grid's
 * {@code confirmUpdate}, a click with details). With no implementation registered, Vaadin's Spring lookup falls
 * back to a {@code ServiceLoader} scan of the class path on each call, and under live-list fan-out that scan was
 * about a tenth of the portal's CPU (bench {@code live-fanout}, JFR). A class in the portal's own package that
 * implements the interface is found once at start-up by Vaadin's lookup initializer and kept, so the scan never
 * runs. Answering "not a template value" is exactly what Flow does when no handler exists.
 */
public final class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("The portal has no Polymer templates");
    }
}
