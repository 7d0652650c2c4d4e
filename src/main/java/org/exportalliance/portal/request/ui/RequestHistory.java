package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestEvent;

/**
 * A request's history, oldest first: when, who and what, with what was said. Internal notes are marked as such; the
 * firm never gets them (the service leaves them out of its reads), so the page cannot show them to it.
 */
class RequestHistory extends VerticalLayout {

    final VerticalLayout entries = new VerticalLayout();
    private final ZoneId zone;

    RequestHistory(ZoneId zone) {
        this.zone = zone;
        setPadding(false);
        setId("request-history");
        entries.setPadding(false);
        add(new H3(getTranslation("request.page.history")), entries);
    }

    void show(ShownRequest shown) {
        entries.removeAll();
        for (RequestEvent e : shown.history()) {
            Span when = new Span(Formats.dateTime(e.at(), zone, getLocale()));
            Span who = new Span(shown.person(e.actorId(), getTranslation("request.page.portal")));
            Span what = new Span(getTranslation(e.kind().messageKey()));
            what.getStyle().set("font-weight", "600");
            Div head = new Div(what, new Span(" · "), who, new Span(" · "), when);
            Div entry = new Div(head);
            entry.addClassName("request-event");
            entry.getElement().setAttribute("data-kind", e.kind().name());
            if (e.internal()) {
                Span mark = new Span(getTranslation("request.page.internal"));
                mark.getElement().getThemeList().add("badge contrast");
                mark.addClassName("internal-mark");
                head.addComponentAsFirst(mark);
                entry.addClassName("internal");
                entry.getStyle().set("background", "var(--lumo-contrast-5pct)");
            }
            String body = body(e, shown);
            if (!body.isEmpty()) {
                Paragraph text = new Paragraph(body);
                text.getStyle().set("white-space", "pre-wrap").set("margin", "0.25em 0 0");
                entry.add(text);
            }
            entry.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
            entries.add(entry);
        }
    }

    /** What an event says in the reader's words: a unit by its name, a priority by its label, a text as written. */
    private String body(RequestEvent e, ShownRequest shown) {
        String body = e.body();
        if (body == null) {
            return "";
        }
        return switch (e.kind()) {
            // The dispatch recorded the unit's Chinese name: show the unit as the reader names it.
            case DISPATCHED -> shown.units().values().stream().filter(u -> u.nameZh().equals(body)).findFirst()
                    .map(u -> u.name(getLocale())).orElse(body);
            case PRIORITISED -> priority(body);
            default -> body;
        };
    }

    private String priority(String code) {
        try {
            return getTranslation(Priority.valueOf(code).messageKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** The entries as they read, one a line, for tests. */
    List<String> texts() {
        return entries.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
