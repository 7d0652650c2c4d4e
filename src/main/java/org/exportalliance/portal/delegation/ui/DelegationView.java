package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.export.DelegationExports;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One delegation: its facts and the remaining places, area and seats, which everybody sees change live; staff's
 * actions; and its tabs (applications first, then the logistics pack), each a {@link DelegationTab} that loads when
 * it is shown.
 */
@Route("delegation")
@PermitAll
public class DelegationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DelegationService delegations;
    private final SignedIn signedIn;
    private final Clock clock;
    private @Nullable Delegation delegation;
    private Disposable live = () -> { };

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    /** Why staff cancelled the delegation, for everybody who opens it. */
    final Paragraph cancelReason = new Paragraph();
    final StaffActions actions;
    final ProgressBar slots = new ProgressBar();
    final ProgressBar area = new ProgressBar();
    final ProgressBar seats = new ProgressBar();
    final Span slotsText = new Span();
    final Span areaText = new Span();
    final Span seatsText = new Span();
    final TabSheet tabs = new TabSheet();
    private final Map<Tab, DelegationTab> tabContents = new LinkedHashMap<>();

    DelegationView(DelegationService delegations, AllocationService allocation, DelegationExports exports,
            SignedIn signedIn, Clock clock, List<DelegationTab> tabList) {
        this.delegations = delegations;
        this.signedIn = signedIn;
        this.clock = clock;
        this.actions = new StaffActions(delegations, allocation, exports, signedIn, this::show);
        actions.setVisible(signedIn.isStaff());
        setId("delegation");
        cancelReason.setId("delegation-cancel-reason");
        cancelReason.getStyle().set("color", "var(--lumo-error-text-color)");
        slotsText.setId("remaining-slots");
        areaText.setId("remaining-area");
        seatsText.setId("remaining-seats");
        tabs.setId("delegation-tabs");
        tabs.setWidthFull();
        tabList.forEach(this::addTab);
        tabs.addSelectedChangeListener(e -> {
            showSelectedTab();
            if (e.isFromClient()) {
                rememberTabInAddress();
            }
        });
        add(title, facts, cancelReason, actions, new H3(getTranslation("delegation.remaining")),
                meter("delegation.unit.slots", slots, slotsText), meter("delegation.unit.area", area, areaText),
                meter("delegation.unit.seats", seats, seatsText), tabs);
    }

    /** Adds a tab; its content loads when it is selected. */
    private void addTab(DelegationTab content) {
        Tab tab = tabs.add(getTranslation(content.labelKey()), content);
        tab.setId("tab-" + content.getClass().getSimpleName());
        content.onReloadPage(this::refresh);
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
        show(UiCalls.fetchOne(delegations.find(id).onErrorComplete())
                .orElseThrow(NotFoundException::new));
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::select);
    }

    void refresh() {
        if (delegation != null) {
            UiCalls.fetchOne(delegations.find(delegation.id())).ifPresent(this::show);
        }
    }

    private void show(Delegation d) {
        delegation = d;
        Locale locale = getLocale();
        title.setText(d.title(locale));
        facts.removeAll();
        facts.add(DelegationLabels.status(d.status(), this), new Span(" " + getTranslation("delegation.facts",
                d.organiser(), Formats.dateTime(d.applicationsOpen(), clock.getZone(), locale),
                Formats.dateTime(d.applicationsClose(), clock.getZone(), locale),
                getTranslation("delegation.policy." + d.policy().name()),
                Formats.yuan(d.feePerFirmCny(), locale), Formats.yuan(d.feePerM2Cny(), locale))));
        cancelReason.setVisible(d.cancelReason() != null);
        cancelReason.setText(d.cancelReason() == null ? "" : getTranslation("delegation.cancelled-because",
                d.cancelReason()));
        meter(slots, slotsText, d.used().slots(), d.capacity().slots(), d.remaining().slots() + " / "
                + d.capacity().slots());
        meter(area, areaText, d.used().areaM2().doubleValue(), d.capacity().areaM2().doubleValue(),
                Formats.area(d.remaining().areaM2(), locale) + " / "
                        + Formats.area(d.capacity().areaM2(), locale));
        meter(seats, seatsText, d.used().seats(), d.capacity().seats(), d.remaining().seats() + " / "
                + d.capacity().seats());
        if (signedIn.isStaff()) {
            actions.show(d);
        }
        boolean takesPart = UiCalls.fetchOne(delegations.takesPart(signedIn.actor(), d.id())).orElse(false);
        tabContents.forEach((tab, content) -> tab.setVisible(content.visibleFor(d, takesPart)));
        showSelectedTab();
    }

    private static void meter(ProgressBar bar, Span text, double used, double total, String remaining) {
        bar.setValue(total <= 0 ? 0 : Math.min(1, used / total));
        text.setText(remaining);
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
