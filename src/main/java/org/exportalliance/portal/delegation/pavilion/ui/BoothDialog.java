package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothDraft;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Staff add a booth or edit one: number, area, grid place and note, marked with the shared rules. */
class BoothDialog extends BoothFormDialog<BoothDraft, Booth> {

    final TextField label = new TextField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField row = new IntegerField();
    final IntegerField column = new IntegerField();
    final TextField note = new TextField();

    /** {@code place} proposes row and column for a new booth. */
    BoothDialog(@Nullable Booth booth, int @Nullable [] place, Function<BoothDraft, Mono<Booth>> store,
            Consumer<Booth> onSaved) {
        super("booth-dialog");
        setHeaderTitle(booth == null ? getTranslation("pavilion.add")
                : getTranslation("pavilion.edit") + " " + booth.label());
        label.setLabel(getTranslation("pavilion.label"));
        label.setId("booth-label");
        label.setMaxLength(12);
        areaField(area, "booth-area");
        placeField(row, "pavilion.row", "booth-row");
        row.setStepButtonsVisible(true);
        placeField(column, "pavilion.column", "booth-column");
        column.setStepButtonsVisible(true);
        note.setLabel(getTranslation("pavilion.note"));
        note.setId("booth-note");
        note.setMaxLength(PavilionRules.MAX_NOTE);
        fields.put("label", label);
        fields.put("areaM2", area);
        fields.put("row", row);
        fields.put("column", column);
        fields.put("note", note);
        if (booth != null) {
            label.setValue(booth.label());
            area.setValue(booth.areaM2());
            row.setValue(booth.row());
            column.setValue(booth.column());
            note.setValue(booth.note());
        } else if (place != null) {
            row.setValue(place[0]);
            column.setValue(place[1]);
        }
        FormLayout form = new FormLayout(label, area, row, column, note);
        form.setColspan(note, 2);
        add(form);
        saveWith("booth-save", () -> new BoothDraft(label.getValue(), area.getValue(), row.getValue(),
                column.getValue(), note.getValue()), PavilionRules::check, store, onSaved, label, row, column);
    }
}
