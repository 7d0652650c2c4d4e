package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.Disposable;

/** All delegations, newest deadline first, with what remains of each; a click opens one. */
@Route("delegations")
@PermitAll
public class DelegationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Delegation> grid = new Grid<>();
    private final DelegationService delegations;
    private Disposable live = () -> { };

    DelegationsView(DelegationService delegations) {
        this.delegations = delegations;
        setId("delegations");
        setSizeFull();
        Locale locale = getLocale();
        grid.setId("delegation-grid");
        grid.addColumn(d -> d.title(locale)).setHeader(getTranslation("delegation.title")).setFlexGrow(3)
                .setKey("title");
        grid.addComponentColumn(d -> DelegationLabels.status(d.status(), this))
                .setHeader(getTranslation("delegation.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DelegationLabels.time(d.applicationsClose(), locale))
                .setHeader(getTranslation("delegation.applications-close")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DelegationLabels.remaining(d.remaining(), d.capacity(), this, locale))
                .setHeader(getTranslation("delegation.remaining")).setFlexGrow(3).setKey("remaining");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DelegationView.class, e.getItem().id()
                .toString())));
        add(new H2(getTranslation("nav.delegations")), grid);
        expand(grid);
        load();
    }

    private void load() {
        grid.setItems(UiCalls.fetch(delegations.list(null)).toList());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), delegations.changes(), change -> load());
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
