package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.ui.FairSection;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.UiCalls;
import org.springframework.core.annotation.Order;

/**
 * The delegations going to a fair, on the fair's page: the fair sits below the delegation and cannot list them
 * itself. A click on one opens its page.
 */
@org.springframework.stereotype.Component
@Order(1)
class FairDelegations implements FairSection {

    private final DelegationService delegations;
    private final Clock clock;

    FairDelegations(DelegationService delegations, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
    }

    @Override
    public Optional<Component> of(Fair fair) {
        List<Delegation> going = UiCalls.fetch(delegations.list(null))
                .filter(d -> d.fairId().equals(fair.id())).toList();
        Grid<Delegation> grid = new Grid<>();
        grid.setId("fair-delegations");
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        Locale locale = UI.getCurrent().getLocale();
        Columns.text(grid, d -> d.title(locale)).setHeader(section.getTranslation("delegation.title")).setFlexGrow(3)
                .setKey("title");
        Columns.badge(grid, d -> DelegationLabels.badge(d.status(), section))
                .setHeader(section.getTranslation("delegation.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Formats.dateTime(d.applicationsClose(), clock.getZone(), locale))
                .setHeader(section.getTranslation("delegation.applications-close")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(going);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(section.getTranslation("delegation.to-fair.empty"));
        RecordClick.opens(grid, d -> grid.getUI().ifPresent(ui -> ui.navigate(DelegationView.class,
                d.id().toString())));
        section.add(new H3(section.getTranslation("delegation.to-fair.title")), grid);
        return Optional.of(section);
    }
}
