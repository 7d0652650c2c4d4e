package org.exportalliance.portal.logistics.checklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.ui.ParticipantTab;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.checklist.ChecklistEntry;
import org.exportalliance.portal.logistics.checklist.ChecklistItem;
import org.exportalliance.portal.logistics.checklist.ChecklistMatrix;
import org.exportalliance.portal.logistics.checklist.ChecklistService;
import org.exportalliance.portal.logistics.checklist.ChecklistState;
import org.exportalliance.portal.logistics.checklist.FirmChecklist;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import reactor.core.publisher.Mono;

/**
 * The delegation's checklist. A participating firm sees its own list with due dates, overdue items in red, and ticks
 * items off (or reopens them); staff keep the template in a dialog and see every firm × item, ticking for a firm.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(60)
public class ChecklistTab extends ParticipantTab {

    private final ChecklistService checklist;
    private final FirmService firms;
    private final SignedIn signedIn;
    private @Nullable Delegation delegation;

    final Span overdueCount = new Span();
    final FirmChecklistGrid own = new FirmChecklistGrid(
            (entry, done, box) -> toggle(entry.item().id(), null, done, box));
    final Button add = new Button();
    final Grid<ChecklistItem> template = new Grid<>();
    final Grid<ChecklistMatrix.Row> matrix = new Grid<>();

    ChecklistTab(ChecklistService checklist, FirmService firms, SignedIn signedIn) {
        super("checklist.tab");
        this.checklist = checklist;
        this.firms = firms;
        this.signedIn = signedIn;
        setId("checklist");
        if (signedIn.isStaff()) {
            add.setText(getTranslation("checklist.item.new"));
            add.setId("checklist-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> openEditor(null));
            configureTemplate();
            matrix.setId("checklist-matrix");
            matrix.setAllRowsVisible(true);
            add(new H3(getTranslation("checklist.template")), add, template,
                    new H3(getTranslation("checklist.matrix")), matrix);
        } else {
            overdueCount.setId("checklist-overdue-count");
            add(overdueCount, own);
        }
        followChanges(checklist.changes(), () -> delegation, this::reload);
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        reload();
    }

    private void reload() {
        Delegation d = delegation;
        if (d == null) {
            return;
        }
        if (signedIn.isStaff()) {
            template.setItems(UiCalls.fetch(checklist.template(signedIn.actor(), d.id())).toList());
            UiCalls.fetchOne(checklist.matrix(signedIn.actor(), d.id())).ifPresent(this::showMatrix);
        } else {
            UiCalls.fetchOne(checklist.forFirm(signedIn.actor(), d.id(), signedIn.actor().firmId()).onErrorComplete()
                    ).ifPresent(this::showOwn);
        }
    }

    // --- a firm's own list -----------------------------------------------------------------------------------

    private void showOwn(FirmChecklist list) {
        overdueCount.setText(list.overdueCount() == 0 ? getTranslation("checklist.none-overdue")
                : getTranslation("checklist.overdue-count", list.overdueCount()));
        overdueCount.getStyle().set("color", list.overdueCount() == 0 ? null : "var(--lumo-error-text-color)");
        own.setItems(list.entries());
    }

    // --- staff: the template and the matrix ------------------------------------------------------------------

    private void configureTemplate() {
        template.setId("checklist-template");
        template.addColumn(item -> item.position() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        Columns.text(template, ChecklistItem::titleZh).setHeader(getTranslation("checklist.field.title-zh"))
                .setFlexGrow(2);
        Columns.text(template, ChecklistItem::titleEn).setHeader(getTranslation("checklist.field.title-en"))
                .setFlexGrow(2);
        template.addColumn(i -> date(i.dueDate())).setHeader(getTranslation("checklist.due")).setKey("due")
                .setAutoWidth(true).setFlexGrow(0);
        Columns.actions(template, this::itemActions);
        template.setAllRowsVisible(true);
    }

    private HorizontalLayout itemActions(ChecklistItem item) {
        Button edit = new Button(getTranslation("checklist.item.edit"), e -> openEditor(item));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("checklist-edit");
        Button remove = new Button(getTranslation("checklist.item.remove"), e -> Confirmation.of(
                        getTranslation("checklist.confirm.remove.title", item.title(getLocale())),
                        getTranslation("checklist.confirm.remove.text"), getTranslation("checklist.item.remove"))
                .calling(none -> checklist.remove(signedIn.actor(), item.id()).thenReturn(true), removed -> reload())
                .open());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("checklist-remove");
        return new HorizontalLayout(edit, remove);
    }

    private void openEditor(@Nullable ChecklistItem existing) {
        Delegation d = delegation;
        if (d == null) {
            return;
        }
        ChecklistItemDialog[] dialog = new ChecklistItemDialog[1];
        dialog[0] = new ChecklistItemDialog(existing, draft -> {
            Mono<ChecklistItem> call = existing == null ? checklist.add(signedIn.actor(), d.id(), draft)
                    : checklist.update(signedIn.actor(), existing.id(), existing.version(), draft);
            UiCalls.run(this, call, saved -> {
                dialog[0].close();
                UiCalls.showSuccess(this, "checklist.item.saved");
                reload();
            }, refusal -> {
                dialog[0].show(refusal instanceof InvalidInput invalid ? invalid.problems() : List.of());
                if (!(refusal instanceof InvalidInput)) {
                    UiCalls.showRefusal(this, refusal);
                }
            });
        });
        dialog[0].open();
    }

    private void showMatrix(ChecklistMatrix m) {
        Locale locale = getLocale();
        Map<UUID, Firm> firmsById = UiCalls.fetchOne(firms.byId()).orElse(Map.of());
        matrix.removeAllColumns();
        matrix.addColumn(row -> firmsById.containsKey(row.firmId()) ? firmsById.get(row.firmId()).name(locale)
                        : row.firmId().toString())
                .setHeader(getTranslation("application.firm")).setKey("firm").setAutoWidth(true).setFrozen(true);
        for (int i = 0; i < m.items().size(); i++) {
            int column = i;
            ChecklistItem item = m.items().get(i);
            matrix.addComponentColumn(row -> cell(row.firmId(), row.cells().get(column)))
                    .setHeader(item.title(locale) + " · " + date(item.dueDate()))
                    .setKey("item-" + item.id()).setAutoWidth(true);
        }
        matrix.setItems(m.rows());
        matrix.setVisible(!m.rows().isEmpty() && !m.items().isEmpty());
    }

    /** One firm × item: a box staff tick for the firm, labelled with the state (overdue in red). */
    private Checkbox cell(UUID firm, ChecklistMatrix.Cell cell) {
        Checkbox box = new Checkbox(getTranslation("checklist.state." + cell.state().name()),
                cell.state() == ChecklistState.DONE);
        box.addClassName("checklist-cell-" + cell.state().name().toLowerCase(Locale.ROOT));
        if (cell.state() == ChecklistState.OVERDUE) {
            box.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                toggle(cell.itemId(), firm, change.getValue(), box);
            }
        });
        return box;
    }

    private void toggle(UUID itemId, @Nullable UUID firm, boolean done, Checkbox box) {
        Mono<ChecklistEntry> call = done ? checklist.markDone(signedIn.actor(), itemId, firm)
                : checklist.reopen(signedIn.actor(), itemId, firm);
        UiCalls.run(this, call, entry -> reload(), refusal -> {
            box.setValue(!done);
            UiCalls.showRefusal(this, refusal);
        });
    }

    // --- labels ----------------------------------------------------------------------------------------------

    private String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }
}
