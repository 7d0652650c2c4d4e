package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One fair ({@code fair/<id>}), opened by a click on its row in the catalogue: its names, dates, venue, place, sectors,
 * a link to its own site, why it was cancelled if it was, and the sections other features add ({@link FairSection}:
 * the delegations going to it). It follows changes to the fair on any instance.
 */
@Route("fair")
@PermitAll
public class FairView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final FairService fairs;
    private final Clock clock;
    private final List<FairSection> sections;
    private @Nullable Fair fair;
    private Disposable live = () -> { };

    final H2 title = new H2();
    final Paragraph otherName = new Paragraph();
    final Span status = new Span();
    final Paragraph cancelReason = new Paragraph();
    final FormLayout facts = new FormLayout();
    final Anchor website = new Anchor();
    final VerticalLayout extra = new VerticalLayout();

    FairView(FairService fairs, Clock clock, List<FairSection> sections) {
        this.fairs = fairs;
        this.clock = clock;
        this.sections = sections;
        setId("fair");
        title.setId("fair-title");
        otherName.setId("fair-other-name");
        otherName.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        status.setId("fair-status");
        cancelReason.setId("fair-cancel-reason");
        cancelReason.getStyle().set("color", "var(--lumo-error-text-color)");
        website.setId("fair-website");
        website.setTarget(AnchorTarget.BLANK);
        // The fair's own site is another party's: it gets neither this page's address nor a handle on it.
        website.getElement().setAttribute("rel", "noopener noreferrer");
        extra.setPadding(false);
        add(title, otherName, status, cancelReason, facts, website, extra);
    }

    /** The address of a fair's page. */
    public static String location(UUID id) {
        return "fair/" + id;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
        fair = UiCalls.fetchOne(fairs.find(id).onErrorComplete()).orElseThrow(NotFoundException::new);
        show(fair);
    }

    void show(Fair f) {
        this.fair = f;
        Locale locale = getLocale();
        title.setText(f.name(locale));
        String other = "zh".equals(locale.getLanguage()) ? f.nameEn() : f.nameZh();
        otherName.setText(other);
        otherName.setVisible(!other.equals(f.name(locale)));
        LocalDate today = LocalDate.now(clock);
        status.setText(getTranslation(FairLabels.statusKey(f, today)));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().add(f.isCancelled() ? "error" : f.isUpcoming(today) ? "success"
                : "contrast");
        cancelReason.setVisible(f.isCancelled() && f.cancelReason() != null);
        cancelReason.setText(f.cancelReason() == null ? "" : getTranslation("fair.cancelled-because",
                f.cancelReason()));

        facts.removeAll();
        fact("fair-dates", "fair.dates", FairLabels.dates(f, locale));
        fact("fair-venue", "fair.venue", f.venue());
        fact("fair-place", "fair.country", FairLabels.place(f, locale));
        fact("fair-sectors", "fair.sectors", FairLabels.sectors(f, this));
        website.setVisible(f.website() != null && !f.website().isBlank());
        if (f.website() != null) {
            website.setHref(f.website());
            website.setText(getTranslation("fair.website") + ": " + f.website());
        }

        extra.removeAll();
        sections.forEach(section -> section.of(f).ifPresent(extra::add));
    }

    private void fact(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setId(id);
        facts.add(field);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), fairs.changes(), change -> {
            Fair shown = fair;
            if (shown != null && (change.id() == null || shown.id().toString().equals(change.id()))) {
                UiCalls.fetchOne(fairs.find(shown.id()).onErrorComplete()).ifPresent(this::show);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.dispose();
    }

    @Override
    public String getPageTitle() {
        Fair f = fair;
        return (f == null ? getTranslation("fair.catalogue.title") : f.name(getLocale())) + " · "
                + getTranslation("app.title");
    }
}
