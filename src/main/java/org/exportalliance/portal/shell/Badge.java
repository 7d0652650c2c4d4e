package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A status shown as a Lumo badge: its words, its colour ({@code success}, {@code error}, {@code contrast}, or empty
 * for the default) and an optional hover text. In a grid, {@link Columns#badge} draws it; elsewhere {@link #span}.
 */
public record Badge(String text, String colour, @Nullable String title) {

    public Badge(String text, String colour) {
        this(text, colour, null);
    }

    /** The badge as a component, for a page header or a form. */
    public Span span() {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        if (!colour.isEmpty()) {
            span.getElement().getThemeList().add(colour);
        }
        if (title != null) {
            span.setTitle(title);
        }
        return span;
    }
}
