package org.exportalliance.portal.logistics.itinerary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.ui.DelegationTab;
import org.exportalliance.portal.logistics.itinerary.ItineraryItem;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

/**
 * The delegation's itinerary, day by day in the places' own local time: staff keep the delegation-wide items, a firm
 * taking part adds its own (a buyer meeting) and sees them beside the shared ones. Downloads as an .ics file.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(40)
public class ItineraryTab extends DelegationTab {

    private final ItineraryService itinerary;
    private final Actor actor;
    private final ZoneId portalZone;
    private @Nullable Delegation delegation;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private List<ItineraryItem> shown = List.of();

    final Button add = new Button();
    final Anchor download;
    /** Whether the user is staff or their firm takes part, as the page last worked it out ({@link #visibleFor}). */
    private boolean takesPart;
    final Paragraph note = new Paragraph();
    final VerticalLayout days = new VerticalLayout();

    ItineraryTab(ItineraryService itinerary, SignedIn signedIn, Clock clock) {
        super("itinerary.tab");
        this.itinerary = itinerary;
        this.actor = signedIn.actor();
        this.portalZone = clock.getZone();
        setId("itinerary");
        addClassName("itinerary");
        add.setText(getTranslation(actor.isStaff() ? "itinerary.add-shared" : "itinerary.add-own"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("itinerary-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        download = Downloads.anchor(getTranslation("itinerary.download"), () -> delegation == null ? Mono.empty()
                : itinerary.calendar(actor, delegation.id(), locale));
        download.setId("itinerary-download");
        note.setId("itinerary-note");
        note.setText(getTranslation("itinerary.not-taking-part-note"));
        days.setId("itinerary-days");
        days.setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(add, download);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(bar, note, days);
    }

    /** Everybody sees the tab (a firm that does not take part reads why); only participants add items. */
    @Override
    public boolean visibleFor(Delegation d, boolean takesPart) {
        this.takesPart = takesPart;
        return true;
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        locale = getLocale();
        List<ItineraryItem> items = UiCalls.fetch(itinerary.items(actor, d.id())).toList();
        shown = items;
        add.setVisible(takesPart);
        download.setVisible(takesPart || !items.isEmpty());
        note.setVisible(!takesPart);
        days.removeAll();
        if (items.isEmpty()) {
            days.add(new Paragraph(getTranslation("itinerary.empty")));
            return;
        }
        Map<LocalDate, List<ItineraryItem>> byDay = items.stream()
                .collect(Collectors.groupingBy(ItineraryItem::day, TreeMap::new, Collectors.toList()));
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        byDay.forEach((day, list) -> {
            Div block = new Div();
            block.addClassName("itinerary-day");
            H4 header = new H4(dayFormat.format(day));
            header.addClassName("itinerary-day-title");
            block.add(header);
            list.forEach(item -> block.add(row(item)));
            days.add(block);
        });
    }

    private HorizontalLayout row(ItineraryItem item) {
        Icon icon = icon(item.kind()).create();
        icon.addClassName("itinerary-kind-icon");
        icon.getElement().setAttribute("title", getTranslation("itinerary.kind." + item.kind().name()));
        Span time = new Span(times(item));
        time.addClassName("itinerary-time");
        Span title = new Span(item.title());
        title.addClassName("itinerary-title");
        Div text = new Div(time, title);
        text.addClassName("itinerary-text");
        if (!item.delegationWide()) {
            Span own = new Span(getTranslation("itinerary.own"));
            own.getElement().getThemeList().add("badge contrast small");
            text.add(own);
        }
        if (!item.location().isBlank()) {
            Div place = new Div(VaadinIcon.MAP_MARKER.create(), new Span(item.location()));
            place.addClassName("itinerary-location");
            text.add(place);
        }
        if (!item.details().isBlank()) {
            Div details = new Div(item.details());
            details.addClassName("itinerary-details");
            text.add(details);
        }
        HorizontalLayout row = new HorizontalLayout(icon, text);
        row.setId("itinerary-item-" + item.id());
        row.addClassName("itinerary-item");
        row.addClassName("itinerary-" + item.kind().name().toLowerCase(Locale.ROOT));
        if (ItineraryService.keeps(actor, item)) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(item));
            edit.setId("itinerary-edit-" + item.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("itinerary.edit"));
            row.add(edit);
        }
        return row;
    }

    /** "10:15 → 15:10" in the places' local times, with the zones when they differ and the date when it changes. */
    String times(ItineraryItem item) {
        ZonedDateTime start = item.localStart();
        ZonedDateTime end = item.localEnd();
        DateTimeFormatter clock = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter dated = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        String from = clock.format(start);
        String to = end.toLocalDate().equals(start.toLocalDate()) ? clock.format(end) : dated.format(end);
        if (!item.startZone().equals(item.endZone())) {
            return from + " (" + item.startZone().getId() + ") → " + to + " (" + item.endZone().getId() + ")";
        }
        return from + " – " + to + " (" + item.startZone().getId() + ")";
    }

    private static VaadinIcon icon(ItineraryKind kind) {
        return switch (kind) {
            case FLIGHT -> VaadinIcon.AIRPLANE;
            case HOTEL -> VaadinIcon.BED;
            case MEETING -> VaadinIcon.HANDSHAKE;
            case TRANSFER -> VaadinIcon.BUS;
            case OTHER -> VaadinIcon.CALENDAR;
        };
    }

    /** Opens the form for a new item ({@code item} null) or for changing one the user keeps. */
    void edit(@Nullable ItineraryItem item) {
        Delegation d = delegation;
        if (d == null) {
            return;
        }
        ItineraryForm[] form = new ItineraryForm[1];
        ZoneId zone = item != null ? item.startZone() : lastZone().orElse(portalZone);
        form[0] = new ItineraryForm(item, zone,
                draft -> save(form[0], item == null ? itinerary.add(actor, d.id(), draft)
                        : itinerary.change(actor, item.id(), item.version(), draft), d),
                item == null ? null : () -> confirmDeletion(item, () -> UiCalls.run(this,
                        itinerary.remove(actor, item.id()).thenReturn(true),
                        removed -> {
                            form[0].close();
                            UiCalls.showSuccess(this, "itinerary.deleted");
                            show(d);
                        },
                        refusal -> {
                            form[0].show(List.of());
                            UiCalls.showRefusal(this, refusal);
                        })));
        form[0].open();
    }

    /** Deleting an item takes it off every calendar it is on (every firm's, for a shared one): asks first. */
    private void confirmDeletion(ItineraryItem item, Runnable delete) {
        Confirmation.of(getTranslation("itinerary.confirm.delete.title", item.title()),
                        getTranslation(item.delegationWide() ? "itinerary.confirm.delete.shared"
                                : "itinerary.confirm.delete.own"),
                        getTranslation("itinerary.delete"))
                .onConfirm(none -> delete.run())
                .open();
    }

    private void save(ItineraryForm form, Mono<ItineraryItem> call, Delegation d) {
        UiCalls.run(this, call, saved -> {
            form.close();
            UiCalls.showSuccess(this, "itinerary.saved");
            show(d);
        }, refusal -> {
            form.show(refusal instanceof InvalidInput invalid ? invalid.problems() : List.of());
            if (!(refusal instanceof InvalidInput)) {
                UiCalls.showRefusal(this, refusal);
            }
        });
    }

    /** New items start in the zone the latest item shown ends in (usually where the delegation is). */
    private java.util.Optional<ZoneId> lastZone() {
        return shown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(shown.getLast().endZone());
    }
}
