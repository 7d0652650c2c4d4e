package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.exportalliance.portal.request.setup.CategoryEntry;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UnexpectedFailure;

/**
 * The taxonomy: every category, offered or not, in the filing form's order. A click opens it to rename; stopping to
 * offer one asks first, offering it again does not (nothing is lost either way).
 */
class CategoriesTab extends VerticalLayout {

    final Button add = new Button();
    final Grid<CategoryEntry> grid = new Grid<>();
    private final CategorySetup categories;
    private final SignedIn signedIn;

    CategoriesTab(CategorySetup categories, SignedIn signedIn) {
        this.categories = categories;
        this.signedIn = signedIn;
        setPadding(false);
        setSizeFull();
        add.setText(getTranslation("request.setup.category.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("setup-category-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> UiCalls.openNow(this, categories.nextPosition(signedIn.actor()),
                next -> new CategoryDialog(categories, signedIn, null, next, saved -> refresh()).open()));
        grid.setId("setup-category-grid");
        grid.addColumn(e -> e.code()).setHeader(getTranslation("request.setup.category.code")).setKey("code")
                .setAutoWidth(true).setFlexGrow(0);
        Columns.text(grid, e -> e.category().nameZh()).setHeader(getTranslation("request.setup.category.name-zh"))
                .setKey("nameZh").setFlexGrow(1);
        Columns.text(grid, e -> e.category().nameEn()).setHeader(getTranslation("request.setup.category.name-en"))
                .setKey("nameEn").setFlexGrow(1);
        grid.addColumn(e -> e.category().position()).setHeader(getTranslation("request.setup.category.position"))
                .setKey("position").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> SetupLabels.badge(this, e.category().active(), "request.setup.category.offered",
                        "request.setup.category.not-offered")).setHeader(getTranslation("request.setup.category.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        Columns.actions(grid, this::actions);
        RecordClick.opens(grid, this::edit);
        grid.setEmptyStateText(getTranslation("request.setup.category.empty"));
        HorizontalLayout bar = new HorizontalLayout(add);
        add(bar, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout actions(CategoryEntry entry) {
        Button edit = SetupLabels.rowButton(this, VaadinIcon.EDIT, "request.setup.edit", "edit-category",
                () -> edit(entry));
        Button toggle = entry.category().active()
                ? SetupLabels.rowButton(this, VaadinIcon.BAN, "request.setup.category.deactivate",
                        "deactivate-category", () -> confirmDeactivate(entry))
                : SetupLabels.rowButton(this, VaadinIcon.CHECK, "request.setup.category.activate",
                        "activate-category", () -> activate(entry));
        return new HorizontalLayout(edit, toggle);
    }

    void edit(CategoryEntry entry) {
        UiCalls.openNow(this, categories.find(signedIn.actor(), entry.code()),
                found -> new CategoryDialog(categories, signedIn, found, found.category().position(),
                        saved -> refresh()).open());
    }

    /** Firms stop seeing it when they file: asks first, naming the category. */
    Confirmation confirmDeactivate(CategoryEntry entry) {
        String name = entry.category().name(getLocale());
        Confirmation confirmation = Confirmation.of(getTranslation("request.setup.category.deactivate.title", name),
                        getTranslation("request.setup.category.deactivate.consequence", name),
                        getTranslation("request.setup.category.deactivate.confirm"))
                .calling(reason -> categories.setActive(signedIn.actor(), entry.code(), entry.version(), false),
                        done -> {
                            UiCalls.showSuccess(this, "request.setup.category.deactivated", name);
                            refresh();
                        })
                .onRefusal(refusal -> refresh());
        confirmation.open();
        return confirmation;
    }

    void activate(CategoryEntry entry) {
        UiCalls.run(this, categories.setActive(signedIn.actor(), entry.code(), entry.version(), true), done -> {
            UiCalls.showSuccess(this, "request.setup.category.activated", entry.category().name(getLocale()));
            refresh();
        }, refusal -> {
            if (!(refusal instanceof UnexpectedFailure)) {
                UiCalls.showRefusal(this, refusal);
            }
            refresh();
        });
    }

    void refresh() {
        grid.setItems(UiCalls.fetch(categories.all(signedIn.actor())).toList());
    }
}
