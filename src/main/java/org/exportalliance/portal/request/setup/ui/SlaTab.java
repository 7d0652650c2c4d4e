package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.exportalliance.portal.request.calendar.WorkingHours;
import org.exportalliance.portal.request.setup.CategoryEntry;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.request.setup.SlaEntry;
import org.exportalliance.portal.request.setup.SlaSetup;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * A category's SLA targets, one row per priority, in working hours; a click opens the row to change. The help says
 * what working time is here and that a change reaches only clocks that start afterwards.
 */
class SlaTab extends VerticalLayout {

    final Select<CategoryEntry> category = new Select<>();
    final Paragraph help = new Paragraph();
    final Grid<SlaEntry> grid = new Grid<>();
    private final CategorySetup categories;
    private final SlaSetup sla;
    private final SignedIn signedIn;

    SlaTab(CategorySetup categories, SlaSetup sla, SignedIn signedIn, WorkingHours hours) {
        this.categories = categories;
        this.sla = sla;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();
        category.setLabel(getTranslation("request.setup.sla.category"));
        category.setItemLabelGenerator(c -> c.category().name(getLocale()));
        category.setId("setup-sla-category");
        category.addValueChangeListener(e -> showTargets());
        help.setText(getTranslation("request.setup.sla.help", hours.opens(), hours.closes(),
                SetupLabels.hours((int) hours.length().toMinutes(), getLocale())));
        help.setId("setup-sla-help");
        grid.setId("setup-sla-grid");
        grid.addColumn(t -> getTranslation(t.priority().messageKey()))
                .setHeader(getTranslation("request.setup.sla.priority")).setKey("priority").setAutoWidth(true)
                .setFlexGrow(0);
        Columns.money(grid, t -> SetupLabels.hours(t.minutes().accept(), getLocale()))
                .setHeader(getTranslation("request.setup.sla.accept")).setKey("accept");
        Columns.money(grid, t -> SetupLabels.hours(t.minutes().take(), getLocale()))
                .setHeader(getTranslation("request.setup.sla.take")).setKey("take");
        Columns.money(grid, t -> SetupLabels.hours(t.minutes().resolve(), getLocale()))
                .setHeader(getTranslation("request.setup.sla.resolve")).setKey("resolve");
        Columns.actions(grid, t -> SetupLabels.rowButton(this, VaadinIcon.EDIT, "request.setup.edit", "edit-sla",
                () -> edit(t)));
        RecordClick.opens(grid, this::edit);
        grid.setEmptyStateText(getTranslation("request.setup.sla.empty"));
        add(category, help, grid);
        expand(grid);
        refresh();
    }

    void edit(SlaEntry target) {
        CategoryEntry shown = category.getValue();
        if (shown == null) {
            return;
        }
        new SlaDialog(sla, signedIn, target, shown.category().name(getLocale()), saved -> showTargets()).open();
    }

    /** Reloads the categories (one may have been added or renamed), keeping the one shown. */
    void refresh() {
        CategoryEntry shown = category.getValue();
        List<CategoryEntry> all = UiCalls.fetch(categories.all(signedIn.actor())).toList();
        category.setItems(all);
        all.stream().filter(c -> shown == null ? true : c.code().equals(shown.code())).findFirst()
                .ifPresent(category::setValue);
        showTargets();
    }

    private void showTargets() {
        CategoryEntry shown = category.getValue();
        grid.setItems(shown == null ? List.of() : UiCalls.fetch(sla.targets(signedIn.actor(), shown.code())).toList());
    }
}
