package org.exportalliance.portal.logistics.checklist.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.exportalliance.portal.logistics.checklist.ChecklistEntry;
import org.exportalliance.portal.logistics.checklist.ChecklistState;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;

/** A firm's own checklist: a box to tick each item off, its due date (red once overdue) and its state. */
class FirmChecklistGrid extends Grid<ChecklistEntry> {

    /** What ticking (or unticking) an item's box does; the box is handed on so a refusal can reset it. */
    interface Tick {
        void changed(ChecklistEntry entry, boolean done, Checkbox box);
    }

    private final Tick onTick;

    FirmChecklistGrid(Tick onTick) {
        this.onTick = onTick;
        setId("checklist-own");
        addComponentColumn(this::tick).setHeader(getTranslation("checklist.done")).setKey("done")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.item().title(getLocale())).setHeader(getTranslation("checklist.item"))
                .setKey("title").setFlexGrow(3)
                .setTooltipGenerator(e -> e.item().description());
        addComponentColumn(e -> due(e.item().dueDate(), e.state())).setHeader(getTranslation("checklist.due"))
                .setKey("due").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(e -> state(e.state())).setHeader(getTranslation("checklist.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        Columns.text(this, e -> e.item().description()).setHeader(getTranslation("checklist.field.description"))
                .setFlexGrow(3);
        setAllRowsVisible(true);
    }

    private Checkbox tick(ChecklistEntry e) {
        Checkbox box = new Checkbox(e.done());
        box.setId("checklist-tick-" + e.item().id());
        box.setAriaLabel(e.item().title(getLocale()));
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onTick.changed(e, change.getValue(), box);
            }
        });
        return box;
    }

    private Span due(LocalDate date, ChecklistState state) {
        Span due = new Span(Formats.date(date, getLocale()));
        if (state == ChecklistState.OVERDUE) {
            due.getStyle().set("color", "var(--lumo-error-text-color)");
            due.getStyle().set("font-weight", "600");
        }
        return due;
    }

    private Span state(ChecklistState state) {
        Span badge = new Span(getTranslation("checklist.state." + state.name()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("checklist-state");
        switch (state) {
            case DONE -> badge.getElement().getThemeList().add("success");
            case OVERDUE -> badge.getElement().getThemeList().add("error");
            case OPEN -> { }
        }
        return badge;
    }
}
