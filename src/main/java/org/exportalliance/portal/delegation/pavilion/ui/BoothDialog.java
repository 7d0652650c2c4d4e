package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothDraft;
import org.exportalliance.portal.delegation.pavilion.BoothNumberTaken;
import org.exportalliance.portal.delegation.pavilion.BoothPositionTaken;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Staff add a booth or edit one: number, area, grid place and note, marked with the shared rules. */
class BoothDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final TextField label = new TextField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField row = new IntegerField();
    final IntegerField column = new IntegerField();
    final TextField note = new TextField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    /** {@code place} proposes row and column for a new booth. */
    BoothDialog(@Nullable Booth booth, int @Nullable [] place, Function<BoothDraft, Mono<Booth>> store,
            Consumer<Booth> onSaved) {
        setId("booth-dialog");
        setHeaderTitle(booth == null ? getTranslation("pavilion.add")
                : getTranslation("pavilion.edit") + " " + booth.label());
        label.setLabel(getTranslation("pavilion.label"));
        label.setId("booth-label");
        label.setMaxLength(12);
        area.setLabel(getTranslation("pavilion.area"));
        area.setId("booth-area");
        area.setSuffixComponent(new Span("m²"));
        row.setLabel(getTranslation("pavilion.row"));
        row.setId("booth-row");
        row.setMin(0);
        row.setMax(PavilionRules.MAX_GRID);
        row.setStepButtonsVisible(true);
        column.setLabel(getTranslation("pavilion.column"));
        column.setId("booth-column");
        column.setMin(0);
        column.setMax(PavilionRules.MAX_GRID);
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

        save.setText(getTranslation("pavilion.save"));
        save.setId("booth-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            BoothDraft draft = new BoothDraft(label.getValue(), area.getValue(), row.getValue(), column.getValue(),
                    note.getValue());
            List<FieldProblem> problems = PavilionRules.check(draft);
            fields.show(problems);
            if (!problems.isEmpty()) {
                return;
            }
            save.setEnabled(false);
            UiCalls.run(this, store.apply(draft), saved -> {
                close();
                onSaved.accept(saved);
            }, this::refused);
        });
        getFooter().add(new Button(getTranslation("pavilion.cancel"), e -> guard.requestClose()), save);
    }

    /** Marks the field a refusal is about; anything else is a notification. */
    private void refused(Refusal refusal) {
        save.setEnabled(true);
        if (refusal instanceof InvalidInput invalid) {
            fields.show(invalid.problems());
        } else if (refusal instanceof BoothNumberTaken) {
            mark(label, refusal);
        } else if (refusal instanceof BoothPositionTaken) {
            mark(row, refusal);
            mark(column, refusal);
        } else {
            UiCalls.showRefusal(this, refusal);
        }
    }

    private void mark(com.vaadin.flow.component.HasValidation field, Refusal refusal) {
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
        field.setInvalid(true);
    }
}
