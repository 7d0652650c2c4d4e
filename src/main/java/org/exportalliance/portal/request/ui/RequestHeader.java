package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.RequestState;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;
import org.jspecify.annotations.Nullable;

/**
 * The top of a request's page: its reference and title, where it stands, its priority, category, the firm (for
 * staff and units), the unit and who took it; then what the firm asked, the samples of a lab test, and what the
 * request ended with (why it was returned, what was done, the firm's rating).
 */
class RequestHeader extends VerticalLayout {

    final H2 title = new H2();
    final HorizontalLayout facts = new HorizontalLayout();
    final Paragraph description = new Paragraph();
    final Paragraph samples = new Paragraph();
    final Paragraph returnReason = new Paragraph();
    final Paragraph resolution = new Paragraph();
    final Paragraph rating = new Paragraph();
    private final ZoneId zone;

    RequestHeader(ZoneId zone) {
        this.zone = zone;
        setPadding(false);
        setSpacing(false);
        title.setId("request-heading");
        facts.setId("request-facts");
        facts.setWrap(true);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        description.setId("request-page-description");
        description.getStyle().set("white-space", "pre-wrap");
        samples.setId("request-page-samples");
        returnReason.setId("request-return-reason");
        returnReason.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
        resolution.setId("request-resolution");
        resolution.getStyle().set("white-space", "pre-wrap");
        rating.setId("request-rating");
        add(title, facts, description, samples, returnReason, resolution, rating);
    }

    void show(ShownRequest shown) {
        ServiceRequest r = shown.request();
        RequestState s = r.state();
        title.setText(r.reference() + " · " + r.title());
        facts.removeAll();
        facts.add(RequestLabels.status(r.status(), this));
        fact("reference", "requests.reference", r.reference());
        fact("priority", "requests.priority", getTranslation(s.priority().messageKey()));
        fact("category", "requests.category", shown.categoryName());
        if (shown.firmName() != null) {
            fact("firm", "requests.firm", shown.firmName());
        }
        ResponderUnit unit = shown.unit();
        if (unit != null) {
            fact("unit", "requests.unit", unit.name(getLocale()));
        }
        if (s.takenBy() != null) {
            fact("taken-by", "requests.taken-by", shown.person(s.takenBy(), ""));
        }
        if (r.concerns() != null) {
            fact("concerns", "requests.concerns", ConcernChoices.label(r.concerns().kind(), shown.concernsName(), this));
        }
        fact("filed", "requests.filed", Formats.dateTime(r.filedAt(), zone, getLocale()));
        description.setText(r.description());
        LabTest lab = shown.labTest();
        samples.setVisible(lab != null);
        samples.setText(lab == null ? "" : getTranslation("request.page.samples", lab.samples(), lab.material(),
                lab.standard()));
        text(returnReason, s.returnReason(), "request.page.return-reason");
        text(resolution, s.resolution(), "request.page.resolution");
        rating.setVisible(s.rating() != null);
        rating.setText(s.rating() == null ? "" : getTranslation("request.page.rating",
                "★".repeat(s.rating()) + "☆".repeat(5 - s.rating()), s.rating())
                + (s.ratingComment() == null ? "" : " · " + s.ratingComment()));
    }

    private void fact(String id, String labelKey, String value) {
        Div fact = new Div(RequestLabels.label(labelKey, this), new Span(value));
        fact.setId("request-" + id);
        fact.addClassName("request-fact");
        facts.add(fact);
    }

    private void text(Paragraph paragraph, @Nullable String text, String labelKey) {
        paragraph.setVisible(text != null);
        paragraph.setText(text == null ? "" : getTranslation(labelKey, text));
    }

    /** A fact's value as shown ("QH-000042"), for tests and the page title. */
    String fact(String id) {
        return facts.getChildren().filter(c -> c.getId().filter(("request-" + id)::equals).isPresent())
                .findFirst().map(c -> c.getChildren().skip(1).findFirst().map(v -> ((Span) v).getText()).orElse(""))
                .orElse("");
    }
}
