package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.Disposable;

/** All delegations, newest deadline first, with what remains of each; a click opens one. */
@Route("delegations")
@PermitAll
public class DelegationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DelegationRow> grid = new Grid<>();
    private final DelegationService delegations;
    private Disposable live = () -> { };

    final Button create = new Button();

    DelegationsView(DelegationService delegations, FairService fairs, SignedIn signedIn, Clock clock) {
        this.delegations = delegations;
        setId("delegations");
        setSizeFull();
        Locale locale = getLocale();
        grid.setId("delegation-grid");
        Columns.text(grid, DelegationRow::title).setHeader(getTranslation("delegation.title")).setFlexGrow(3)
                .setKey("title");
        Columns.badge(grid, d -> DelegationLabels.badge(d.status(), this))
                .setHeader(getTranslation("delegation.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Formats.dateTime(d.applicationsClose(), clock.getZone(), locale))
                .setHeader(getTranslation("delegation.applications-close")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DelegationRow::remaining)
                .setHeader(getTranslation("delegation.remaining")).setFlexGrow(3).setKey("remaining");
        RecordClick.opens(grid, d -> getUI().ifPresent(ui -> ui.navigate(DelegationView.class, d.id().toString())));
        create.setText(getTranslation("delegation.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-delegation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(signedIn.isStaff());
        create.addClickListener(e -> {
            List<Fair> upcoming = UiCalls.fetch(fairs.search(new FairFilter(true, null, null, null, false),
                    FairSort.START_DATE, FairPage.of(0, FairPage.MAX_LIMIT))).toList();
            DelegationEditor[] editor = new DelegationEditor[1];
            editor[0] = new DelegationEditor(upcoming, clock.getZone(), draft -> UiCalls.run(this,
                    delegations.create(signedIn.actor(), draft), created -> {
                        editor[0].close();
                        getUI().ifPresent(ui -> ui.navigate(DelegationView.class, created.id().toString()));
                    }, UiCalls.intoForm(this, editor[0]::show)));
            editor[0].open();
        });
        add(new PageHeader(getTranslation("nav.delegations"), create), grid);
        expand(grid);
        // Lazy, and slim rows: a session holds the rows the browser was sent, not every delegation (bench
        // session-heap).
        grid.setItems(query -> UiCalls.fetch(delegations.page(query.getOffset(),
                                Math.min(query.getLimit(), DelegationService.MAX_PAGE)))
                        .map(d -> row(d, locale)),
                query -> UiCalls.fetchOne(delegations.count()).map(Math::toIntExact).orElse(0));
    }

    private DelegationRow row(Delegation d, Locale locale) {
        return new DelegationRow(d.id(), d.title(locale), d.status(), d.applicationsClose(),
                DelegationLabels.remaining(d.remaining(), d.capacity(), this, locale));
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), delegations.changes(),
                change -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        live.dispose();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegations") + " · " + getTranslation("app.title");
    }
}
