package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.exportalliance.portal.delegation.pavilion.BoothNumberTaken;
import org.exportalliance.portal.delegation.pavilion.BoothPositionTaken;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * What the booth dialogs (one booth, a row of booths) share: the area and grid-place fields, a save that checks the
 * draft with the shared rules before storing it, a cancel that asks before dropping what was typed, and refusals
 * marked on the field they are about.
 *
 * @param <D> what the form makes (a booth draft or a series)
 * @param <R> what storing it gives back
 */
abstract class BoothFormDialog<D, R> extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final Button save = new Button();
    final FieldErrors fields = new FieldErrors(this);
    private HasValidation number = new IntegerField();
    private List<HasValidation> place = List.of();

    BoothFormDialog(String id) {
        setId(id);
    }

    void areaField(BigDecimalField area, String id) {
        area.setLabel(getTranslation("pavilion.area"));
        area.setId(id);
        area.setSuffixComponent(new Span("m²"));
    }

    /** A row or column of the hall grid. */
    void placeField(IntegerField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(PavilionRules.MAX_GRID);
    }

    /**
     * Adds cancel and save to the footer. Save reads the draft, shows the rules' field problems or stores it, then
     * closes and hands on what was stored; a taken number is marked on {@code number}, a taken place on
     * {@code place}.
     */
    void saveWith(String saveId, Supplier<D> draft, Function<D, List<FieldProblem>> check,
            Function<D, Mono<R>> store, Consumer<R> onSaved, HasValidation number, HasValidation... place) {
        this.number = number;
        this.place = List.of(place);
        save.setText(getTranslation("pavilion.save"));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            D value = draft.get();
            List<FieldProblem> problems = check.apply(value);
            fields.show(problems);
            if (!problems.isEmpty()) {
                return;
            }
            save.setEnabled(false);
            UiCalls.run(this, store.apply(value), stored -> {
                close();
                onSaved.accept(stored);
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
            mark(number, refusal);
        } else if (refusal instanceof BoothPositionTaken) {
            place.forEach(field -> mark(field, refusal));
        } else {
            UiCalls.showRefusal(this, refusal);
        }
    }

    private void mark(HasValidation field, Refusal refusal) {
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
        field.setInvalid(true);
    }
}
