package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.export.DelegationExports;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One delegation. Everybody sees its remaining places, area and seats change live. A firm applies, sees its
 * decision with the reason, and may withdraw; staff move the delegation through its states and decide applications.
 */
@Route("delegation")
@PermitAll
public class DelegationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final DelegationExports exports;
    private final FirmService firms;
    private final SignedIn signedIn;
    private final Clock clock;
    private @Nullable Delegation delegation;
    private Disposable live = () -> { };

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final ProgressBar slots = new ProgressBar();
    final ProgressBar area = new ProgressBar();
    final ProgressBar seats = new ProgressBar();
    final Span slotsText = new Span();
    final Span areaText = new Span();
    final Span seatsText = new Span();
    final Div firmPart = new Div();
    final Grid<DelegationApplication> applications = new Grid<>();
    final TabSheet tabs = new TabSheet();
    private final Map<Tab, DelegationTab> tabContents = new LinkedHashMap<>();

    DelegationView(DelegationService delegations, AllocationService allocation, DelegationExports exports,
            FirmService firms, SignedIn signedIn, Clock clock, List<DelegationTab> moreTabs) {
        this.exports = exports;
        this.delegations = delegations;
        this.allocation = allocation;
        this.firms = firms;
        this.signedIn = signedIn;
        this.clock = clock;
        setId("delegation");
        slotsText.setId("remaining-slots");
        areaText.setId("remaining-area");
        seatsText.setId("remaining-seats");
        firmPart.setWidthFull();
        VerticalLayout applicationsTab = new VerticalLayout(firmPart);
        applicationsTab.setPadding(false);
        if (signedIn.isStaff()) {
            configureApplicationsGrid();
            applicationsTab.add(applications);
        }
        tabs.setId("delegation-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("delegation.applications"), applicationsTab);
        moreTabs.forEach(this::addTab);
        tabs.addSelectedChangeListener(e -> {
            showSelectedTab();
            if (e.isFromClient()) {
                rememberTabInAddress();
            }
        });
        add(title, facts, actions, new H3(getTranslation("delegation.remaining")),
                meter("delegation.unit.slots", slots, slotsText), meter("delegation.unit.area", area, areaText),
                meter("delegation.unit.seats", seats, seatsText), tabs);
    }

    /** Adds a tab after the applications; its content loads when it is selected. */
    private void addTab(DelegationTab content) {
        Tab tab = tabs.add(getTranslation(content.labelKey()), content);
        tab.setId("tab-" + content.getClass().getSimpleName());
        tabContents.put(tab, content);
    }

    private void showSelectedTab() {
        DelegationTab selected = tabContents.get(tabs.getSelectedTab());
        if (selected != null && delegation != null) {
            selected.show(delegation);
        }
    }

    /** Selects the tab named in the address ({@code ?tab=checklist}), if the user may see it. */
    void select(String key) {
        tabContents.entrySet().stream()
                .filter(t -> t.getValue().key().equals(key) && t.getKey().isVisible())
                .findFirst()
                .ifPresent(t -> tabs.setSelectedTab(t.getKey()));
    }

    /** Keeps the selected tab in the address, so a reload or a shared link opens the same tab. */
    private void rememberTabInAddress() {
        DelegationTab selected = tabContents.get(tabs.getSelectedTab());
        if (delegation != null) {
            String address = "delegation/" + delegation.id() + (selected == null ? "" : "?tab=" + selected.key());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
        }
    }

    private HorizontalLayout meter(String labelKey, ProgressBar bar, Span text) {
        bar.setWidth("16rem");
        Span label = new Span(getTranslation(labelKey));
        label.setWidth("8rem");
        HorizontalLayout row = new HorizontalLayout(label, bar, text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        delegation = UiCalls.fetch(delegations.find(id).onErrorComplete().flux()).findFirst()
                .orElseThrow(NotFoundException::new);
        render();
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::select);
    }

    void refresh() {
        if (delegation != null) {
            UiCalls.fetch(delegations.find(delegation.id()).flux()).findFirst().ifPresent(d -> {
                delegation = d;
                render();
            });
        }
    }

    private void render() {
        Delegation d = delegation;
        Locale locale = getLocale();
        title.setText(d.title(locale));
        facts.removeAll();
        facts.add(DelegationLabels.status(d.status(), this), new Span(" " + getTranslation("delegation.facts",
                d.organiser(), DelegationLabels.time(d.applicationsOpen(), locale, clock.getZone()),
                DelegationLabels.time(d.applicationsClose(), locale, clock.getZone()),
                getTranslation("delegation.policy." + d.policy().name()),
                DelegationLabels.money(d.feePerFirmCny(), locale), DelegationLabels.money(d.feePerM2Cny(), locale))));
        show(slots, slotsText, d.used().slots(), d.capacity().slots(), d.remaining().slots() + " / "
                + d.capacity().slots());
        show(area, areaText, d.used().areaM2().doubleValue(), d.capacity().areaM2().doubleValue(),
                DelegationLabels.area(d.remaining().areaM2(), locale) + " / "
                        + DelegationLabels.area(d.capacity().areaM2(), locale));
        show(seats, seatsText, d.used().seats(), d.capacity().seats(), d.remaining().seats() + " / "
                + d.capacity().seats());
        if (signedIn.isStaff()) {
            renderStaffActions(d);
            applications.setItems(UiCalls.fetch(delegations.applications(signedIn.actor(), d.id())).toList());
        } else {
            renderFirmPart(d);
        }
        tabContents.forEach((tab, content) -> tab.setVisible(content.visibleFor(d)));
        showSelectedTab();
    }

    private static void show(ProgressBar bar, Span text, double used, double total, String remaining) {
        bar.setValue(total <= 0 ? 0 : Math.min(1, used / total));
        text.setText(remaining);
    }

    private void renderStaffActions(Delegation d) {
        actions.removeAll();
        d.status().next().stream().sorted().forEach(target -> {
            Button move = new Button(getTranslation("delegation.move." + target.name()),
                    e -> UiCalls.run(this, delegations.moveTo(signedIn.actor(), d.id(), target), moved -> {
                        delegation = moved;
                        render();
                    }, refusal -> UiCalls.showRefusal(this, refusal)));
            move.setId("move-" + target.name());
            if (target == DelegationStatus.CANCELLED) {
                move.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            actions.add(move);
        });
        Button capacity = new Button(getTranslation("delegation.capacity.edit"), e -> editCapacity(d));
        capacity.setId("edit-capacity");
        actions.add(capacity);
        if (d.policy() == AllocationPolicy.SCORED) {
            Button quotas = new Button(getTranslation("delegation.quotas.edit"), e -> editQuotas(d));
            quotas.setId("edit-quotas");
            actions.add(quotas);
        }
        Anchor roster = Downloads.anchor(getTranslation("export.roster"),
                () -> exports.roster(signedIn.actor(), d.id(), getLocale()));
        roster.setId("export-roster");
        Anchor statements = Downloads.anchor(getTranslation("export.statements"),
                () -> exports.statements(signedIn.actor(), d.id(), getLocale()));
        statements.setId("export-statements");
        actions.add(roster, statements);
        if (!d.policy().decidesOnArrival()) {
            Button allocate = new Button(getTranslation("delegation.allocate"),
                    e -> UiCalls.run(this, allocation.allocate(signedIn.actor(), d.id()), result -> {
                        UiCalls.showSuccess(this, "delegation.allocated", result.approved(), result.waitlisted());
                        refresh();
                    }, refusal -> UiCalls.showRefusal(this, refusal)));
            allocate.setId("allocate");
            allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(allocate);
        }
    }

    private void editCapacity(Delegation d) {
        CapacityDialog[] dialog = new CapacityDialog[1];
        dialog[0] = new CapacityDialog(d, capacity -> UiCalls.run(this,
                delegations.resize(signedIn.actor(), d.id(), d.version(), capacity), resized -> {
                    dialog[0].close();
                    UiCalls.showSuccess(this, "delegation.capacity.saved");
                    delegation = resized;
                    render();
                }, UiCalls.intoForm(this, dialog[0]::show)));
        dialog[0].open();
    }

    private void editQuotas(Delegation d) {
        Map<String, Integer> current = UiCalls.fetch(allocation.quotas(d.id()).flux()).findFirst().orElse(Map.of());
        QuotasDialog[] dialog = new QuotasDialog[1];
        dialog[0] = new QuotasDialog(current, quotas -> UiCalls.run(this,
                allocation.setQuotas(signedIn.actor(), d.id(), quotas), saved -> {
                    dialog[0].close();
                    UiCalls.showSuccess(this, "delegation.quotas.saved");
                }, UiCalls.intoForm(this, dialog[0]::show)));
        dialog[0].open();
    }

    private void renderFirmPart(Delegation d) {
        firmPart.removeAll();
        Actor actor = signedIn.actor();
        Optional<DelegationApplication> mine = UiCalls.fetch(delegations.applications(actor, d.id()))
                .filter(a -> a.status() != ApplicationStatus.WITHDRAWN && a.status() != ApplicationStatus.REJECTED
                        && a.status() != ApplicationStatus.EXPIRED)
                .findFirst();
        if (mine.isPresent()) {
            firmPart.add(ownApplication(mine.get()));
        } else if (d.acceptsApplicationsAt(clock.instant())) {
            ApplicationForm[] form = new ApplicationForm[1];
            form[0] = new ApplicationForm(d.capacity(), draft -> UiCalls.run(this,
                    delegations.apply(actor, d.id(), draft),
                    applied -> {
                        UiCalls.showSuccess(this, "application.submitted");
                        refresh();
                    },
                    UiCalls.intoForm(this, form[0]::show)));
            firmPart.add(form[0]);
        } else {
            firmPart.add(new Paragraph(getTranslation("delegation.not-accepting")));
        }
    }

    private VerticalLayout ownApplication(DelegationApplication a) {
        Locale locale = getLocale();
        Span status = DelegationLabels.status(a.status(), this);
        status.setId("own-application-status");
        Paragraph request = new Paragraph(getTranslation("application.summary", a.travellers(),
                DelegationLabels.area(a.areaM2(), locale), a.exhibits().size()));
        Paragraph reason = new Paragraph(DelegationLabels.reason(a.decisionReason(), this));
        reason.setId("own-application-reason");
        Button withdraw = new Button(getTranslation("application.withdraw"), e -> UiCalls.run(this,
                delegations.withdraw(signedIn.actor(), a.id()), withdrawn -> refresh(),
                refusal -> UiCalls.showRefusal(this, refusal)));
        withdraw.setId("application-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setVisible(a.status().withdrawable());
        Button edit = new Button(getTranslation("application.edit"), e -> editOwnApplication(a));
        edit.setId("application-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setVisible(a.status().editable() && delegation != null
                && delegation.status() == DelegationStatus.OPEN);
        Button accept = new Button(getTranslation("application.accept"), e -> UiCalls.run(this,
                delegations.accept(signedIn.actor(), a.id()), accepted -> refresh(),
                refusal -> UiCalls.showRefusal(this, refusal)));
        accept.setId("application-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setVisible(a.status() == ApplicationStatus.OFFERED);
        Paragraph deadline = new Paragraph(a.offerExpiresAt() == null ? ""
                : getTranslation("application.offer-expires", DelegationLabels.time(a.offerExpiresAt(), locale,
                        clock.getZone())));
        deadline.setVisible(a.offerExpiresAt() != null);
        VerticalLayout card = new VerticalLayout(new H3(getTranslation("application.own")), status, request, reason,
                deadline, new HorizontalLayout(accept, edit, withdraw));
        card.setId("own-application");
        card.setPadding(false);
        return card;
    }

    /** The firm changes its pending application in the same form it applied with, filled with what it asked. */
    private void editOwnApplication(DelegationApplication a) {
        ApplicationForm[] form = new ApplicationForm[1];
        form[0] = new ApplicationForm(delegation == null ? a.request() : delegation.capacity(), a.asDraft(),
                draft -> UiCalls.run(this, delegations.edit(signedIn.actor(), a.id(), draft), edited -> {
                    UiCalls.showSuccess(this, "application.saved");
                    refresh();
                }, UiCalls.intoForm(this, form[0]::show)));
        Button cancel = new Button(getTranslation("fair.close"), e -> refresh());
        cancel.setId("application-edit-cancel");
        firmPart.removeAll();
        firmPart.add(form[0], cancel);
    }

    private void configureApplicationsGrid() {
        Locale locale = getLocale();
        Map<UUID, Firm> firmsById = UiCalls.fetch(firms.all())
                .collect(Collectors.toMap(Firm::id, Function.identity()));
        applications.setId("application-grid");
        applications.addColumn(a -> Optional.ofNullable(firmsById.get(a.firmId())).map(f -> f.name(locale))
                        .orElse(a.firmId().toString()))
                .setHeader(getTranslation("application.firm")).setFlexGrow(3).setKey("firm");
        applications.addColumn(DelegationApplication::travellers).setHeader(getTranslation("application.travellers"))
                .setAutoWidth(true).setFlexGrow(0);
        applications.addColumn(a -> DelegationLabels.area(a.areaM2(), locale))
                .setHeader(getTranslation("application.area")).setAutoWidth(true).setFlexGrow(0);
        applications.addComponentColumn(a -> DelegationLabels.status(a.status(), this))
                .setHeader(getTranslation("application.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        applications.addColumn(a -> DelegationLabels.reason(a.decisionReason(), this))
                .setHeader(getTranslation("application.reason")).setFlexGrow(3)
                .setTooltipGenerator(a -> DelegationLabels.reason(a.decisionReason(), this));
        applications.addComponentColumn(this::scoreField).setHeader(getTranslation("application.score"))
                .setAutoWidth(true).setFlexGrow(0).setKey("score");
        applications.addComponentColumn(a -> decisionButtons(a, firmsById)).setAutoWidth(true).setFlexGrow(0)
                .setKey("actions");
        applications.setAllRowsVisible(true);
    }

    /** Staff rate export potential for SCORED delegations while the application waits for the allocation run. */
    private com.vaadin.flow.component.Component scoreField(DelegationApplication a) {
        if (delegation == null || delegation.policy() != AllocationPolicy.SCORED
                || a.status() != ApplicationStatus.SUBMITTED) {
            return new Span();
        }
        com.vaadin.flow.component.textfield.IntegerField score = new com.vaadin.flow.component.textfield.IntegerField();
        score.setMin(0);
        score.setMax(10);
        score.setWidth("6em");
        score.addClassName("export-score");
        score.setValue(a.exportScore());
        score.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UiCalls.run(this, allocation.score(signedIn.actor(), a.id(), e.getValue()).thenReturn(true),
                        saved -> score.setInvalid(false), refusal -> {
                            score.setErrorMessage(getTranslation(refusal instanceof InvalidInput invalid
                                    ? invalid.problems().getFirst().messageKey() : refusal.messageKey()));
                            score.setInvalid(true);
                        });
            }
        });
        return score;
    }

    private HorizontalLayout decisionButtons(DelegationApplication a, Map<UUID, Firm> firmsById) {
        HorizontalLayout buttons = new HorizontalLayout();
        String firm = Optional.ofNullable(firmsById.get(a.firmId())).map(f -> f.name(getLocale())).orElse("");
        for (Decision decision : Decision.values()) {
            if (!decision.allowedFrom(a.status())) {
                continue;
            }
            Button b = new Button(getTranslation("application.decision." + decision.name()),
                    e -> new DecisionDialog(decision, firm, reason -> UiCalls.run(this,
                            delegations.decide(signedIn.actor(), a.id(), decision, reason), decided -> refresh(),
                            refusal -> UiCalls.showRefusal(this, refusal))).open());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.addClassName("decide-" + decision.name());
            buttons.add(b);
        }
        return buttons;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), delegations.changes()
                .filter(e -> e.isResync() || delegation != null && delegation.id().toString().equals(e.id())),
                change -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.dispose();
    }

    @Override
    public String getPageTitle() {
        return (delegation == null ? "" : delegation.title(getLocale()) + " · ") + getTranslation("app.title");
    }
}
