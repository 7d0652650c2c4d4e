package org.exportalliance.portal.logistics.traveller.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.ui.ParticipantTab;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.traveller.InvitationLetters;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The delegation's travellers. A firm with an approved place names its travellers (as many as its application has
 * seats), edits and removes them, sees passport numbers masked with a button to show one (audited), the passport
 * expiry warning and the visa status, and downloads each traveller's invitation letter in Chinese or English. Staff
 * see every firm's travellers and set the visa status.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(30)
public class TravellersTab extends ParticipantTab {

    private final TravellerService travellers;
    private final InvitationLetters letters;
    private final SignedIn signedIn;
    private final Clock clock;
    private final Map<UUID, Firm> firmsById;
    private @Nullable Delegation delegation;
    private List<Traveller> shown = List.of();

    final Paragraph seats = new Paragraph();
    final Button add = new Button();
    final Grid<Traveller> grid = new Grid<>();

    TravellersTab(TravellerService travellers, InvitationLetters letters, FirmService firms, SignedIn signedIn,
            Clock clock) {
        super("traveller.tab");
        this.travellers = travellers;
        this.letters = letters;
        this.signedIn = signedIn;
        this.clock = clock;
        this.firmsById = signedIn.isStaff()
                ? UiCalls.fetchOne(firms.byId()).orElse(Map.of())
                : Map.of();
        setId("travellers");
        seats.setId("traveller-seats");
        add.setText(getTranslation("traveller.add"));
        add.setId("traveller-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openDialog(null));
        add.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(seats, add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(header, grid);
        followChanges(travellers.changes(), () -> delegation, this::reload);
    }

    @Override
    public void show(Delegation d) {
        this.delegation = d;
        reload();
    }

    private void reload() {
        Delegation d = delegation;
        if (d == null) {
            return;
        }
        Actor actor = signedIn.actor();
        List<Traveller> items = UiCalls.fetch(travellers.list(actor, d.id())).toList();
        // The live event of one's own save arrives after the save's own reload: rendering the same rows again would
        // replace the letter links (and their download registrations) a user may be clicking at that moment.
        if (!items.equals(shown)) {
            grid.setItems(items);
            shown = items;
        }
        boolean open = d.status() != DelegationStatus.DONE && d.status() != DelegationStatus.CANCELLED;
        if (signedIn.isStaff()) {
            seats.setText(items.isEmpty() ? getTranslation("traveller.none") : "");
        } else {
            int held = UiCalls.fetchOne(travellers.seats(actor, d.id())).orElse(0);
            seats.setText(getTranslation("traveller.seats", items.size(), held));
            add.setVisible(open && items.size() < held);
        }
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("traveller-grid");
        if (signedIn.isStaff()) {
            Columns.text(grid, t -> firmsById.containsKey(t.firmId()) ? firmsById.get(t.firmId()).name(locale) : "")
                    .setHeader(getTranslation("traveller.field.firm")).setAutoWidth(true).setKey("firm");
        }
        Columns.text(grid, t -> t.displayName(locale)).setHeader(getTranslation("traveller.field.full-name"))
                .setAutoWidth(true).setFlexGrow(2).setKey("name");
        grid.addColumn(t -> Locale.of("", t.nationality()).getDisplayCountry(locale))
                .setHeader(getTranslation("traveller.field.nationality")).setAutoWidth(true).setKey("nationality");
        grid.addColumn(t -> Formats.date(t.dateOfBirth(), locale)).setHeader(getTranslation("traveller.field.birth"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> new PassportNumber(t, travellers, signedIn))
                .setHeader(getTranslation("traveller.field.passport-number")).setAutoWidth(true).setKey("passport");
        grid.addComponentColumn(t -> expiry(t, locale)).setHeader(getTranslation("traveller.field.passport-expiry"))
                .setAutoWidth(true).setKey("expiry");
        grid.addColumn(Traveller::role).setHeader(getTranslation("traveller.field.role")).setAutoWidth(true);
        grid.addComponentColumn(this::visa).setHeader(getTranslation("traveller.field.visa-status"))
                .setAutoWidth(true).setKey("visa");
        grid.addComponentColumn(this::letterLinks).setHeader(getTranslation("traveller.field.letters"))
                .setAutoWidth(true).setKey("letters");
        if (!signedIn.isStaff()) {
            Columns.actions(grid, this::actions);
        }
        grid.setAllRowsVisible(true);
    }

    private Component expiry(Traveller t, Locale locale) {
        HorizontalLayout cell = new HorizontalLayout(new Span(Formats.date(t.passportExpiry(), locale)));
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (t.passportExpiryWarning()) {
            Span badge = new Span(getTranslation("traveller.expiry-warning"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("passport-expiry-warning");
            cell.add(badge);
        }
        return cell;
    }

    private Component visa(Traveller t) {
        return signedIn.isStaff() ? new VisaStatusSelect(t, travellers, signedIn) : visaBadge(t.visaStatus());
    }

    private Span visaBadge(VisaStatus status) {
        Span badge = new Span(getTranslation("traveller.visa." + status.name()));
        badge.addClassName("visa-status");
        badge.getElement().getThemeList().add(switch (status) {
            case GRANTED -> "badge success";
            case REFUSED -> "badge error";
            default -> "badge";
        });
        return badge;
    }

    private Component letterLinks(Traveller t) {
        return new HorizontalLayout(letter(t, PortalLocales.CHINESE, "traveller.letter-zh", "letter-zh"),
                letter(t, PortalLocales.ENGLISH, "traveller.letter-en", "letter-en"));
    }

    /** The letter is made when the link is followed, for the signed-in actor (the service checks and audits). */
    private Anchor letter(Traveller t, Locale language, String labelKey, String className) {
        Actor actor = signedIn.actor();
        Anchor link = Downloads.anchor(getTranslation(labelKey), () -> letters.letter(actor, t.id(), language));
        link.addClassName(className);
        return link;
    }

    private Component actions(Traveller t) {
        boolean open = delegation != null && delegation.status() != DelegationStatus.DONE
                && delegation.status() != DelegationStatus.CANCELLED;
        Button edit = new Button(getTranslation("traveller.edit"), e -> openDialog(t));
        edit.addClassName("edit-traveller");
        Button remove = new Button(getTranslation("traveller.remove"), e -> Confirmation.of(
                        getTranslation("traveller.confirm.remove.title", t.displayName(getLocale())),
                        getTranslation("traveller.confirm.remove.text", t.displayName(getLocale())),
                        getTranslation("traveller.remove"))
                .calling(none -> travellers.remove(signedIn.actor(), t.id()).thenReturn(true), removed -> {
                    UiCalls.showSuccess(this, "traveller.removed");
                    reload();
                })
                .open());
        remove.addClassName("remove-traveller");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setVisible(open);
        }
        return new HorizontalLayout(edit, remove);
    }

    private void openDialog(@Nullable Traveller editing) {
        Delegation d = delegation;
        if (d == null) {
            return;
        }
        TravellerDialog[] dialog = new TravellerDialog[1];
        dialog[0] = new TravellerDialog(editing, LocalDate.now(clock), draft -> UiCalls.run(this,
                editing == null ? travellers.add(signedIn.actor(), d.id(), draft)
                        : travellers.edit(signedIn.actor(), editing.id(), editing.version(), draft),
                saved -> {
                    dialog[0].close();
                    UiCalls.showSuccess(this, editing == null ? "traveller.added" : "traveller.saved");
                    reload();
                },
                refusal -> {
                    dialog[0].show(refusal instanceof InvalidInput invalid ? invalid.problems() : List.of());
                    if (!(refusal instanceof InvalidInput)) {
                        UiCalls.showRefusal(this, refusal);
                    }
                }));
        dialog[0].open();
    }
}
