package org.exportalliance.portal.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A dialog that saves what a form holds: the form's own rules mark its fields before anything is sent, the service's
 * refusal marks the same fields (any other refusal shows once, in the corner), the dialog closes once saved and
 * hands the result on, and it asks before it drops what was typed. A subclass names its fields as its rules name
 * them ({@link #field}), says what its rules find ({@link #check}) and what saving calls ({@link #call}).
 */
public abstract class FormDialog<T> extends Dialog {

    public final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final Consumer<? super T> saved;

    /** The save button is {@code saveId}; the close button (its words {@code closeLabelKey}) is {@code closeId} when given. */
    protected FormDialog(String saveId, @Nullable String closeId, String closeLabelKey, Consumer<? super T> saved) {
        this.saved = saved;
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation(closeLabelKey), e -> guard.requestClose());
        if (closeId != null) {
            close.setId(closeId);
        }
        getFooter().add(close, save);
    }

    /** Names a field as the rules name it, so both checks mark it. */
    protected <F extends HasValidation> F field(String name, F field) {
        return fields.put(name, field);
    }

    /** What the rules say of the fields as they are. */
    protected abstract List<FieldProblem> check();

    /** What saving calls, once the fields are right. */
    protected abstract Mono<T> call();

    /** Told of the result just before the dialog closes (a success message, say). */
    protected void done(T result) {}

    /** Saves: the result may still be refused, e.g. because someone else changed the record first. */
    public void submit() {
        List<FieldProblem> problems = check();
        mark(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        UiCalls.run(this, Mono.defer(this::call), result -> {
            done(result);
            close();
            saved.accept(result);
        }, UiCalls.intoForm(this, this::mark));
    }

    private void mark(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
