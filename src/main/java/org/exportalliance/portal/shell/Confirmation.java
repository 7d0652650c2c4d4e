package org.exportalliance.portal.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The one way a destructive or irreversible action asks first: a dialog that names what will happen, optionally takes
 * the reason the record keeps, and acts only on its red confirm button. Esc, a click outside and "go back" do nothing
 * (after asking, if a reason was typed).
 *
 * <pre>{@code
 * Confirmation.of(title, consequence, confirmLabel)
 *         .withReason(label, MAX_REASON, Rules::checkReason)
 *         .calling(reason -> service.cancel(..., reason), cancelled -> ...)
 *         .open();
 * }</pre>
 *
 * <p>With {@link #calling} the dialog stays open until the service answers: it closes when the action was done, and
 * keeps the typed reason when the service refuses, showing why once, inside the dialog (on the reason field when the
 * refusal is about it). {@link #onConfirm} is for actions that cannot be refused (discarding typed input).
 */
public final class Confirmation extends Dialog {

    private final Button confirm = new Button();
    private final Button keep = new Button();
    /** Why the service refused, shown in the dialog: the one place it shows, next to the button that caused it. */
    private final Paragraph refusal = new Paragraph();
    private @Nullable TextArea reason;
    private Function<String, List<FieldProblem>> check = text -> List.of();
    private Consumer<String> action = text -> close();
    private Consumer<Refusal> onRefusal = refused -> { };

    private Confirmation(String title, String consequence, String confirmLabel) {
        setId("confirmation");
        setHeaderTitle(title);
        setWidth("min(34rem, 92vw)");
        Paragraph text = new Paragraph(consequence);
        text.setId("confirmation-text");
        refusal.setId("confirmation-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        add(text, refusal);
        confirm.setText(confirmLabel);
        confirm.setId("confirmation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> confirmed());
        keep.setText(getTranslation("shell.confirm.keep"));
        keep.setId("confirmation-keep");
        getFooter().add(keep, confirm);
        DiscardGuard guard = DiscardGuard.protect(this);
        keep.addClickListener(e -> guard.requestClose());
    }

    /** {@code title} and {@code consequence} are already in the reader's language. */
    public static Confirmation of(String title, String consequence, String confirmLabel) {
        return new Confirmation(title, consequence, confirmLabel);
    }

    /** Asks for the reason the record keeps, checked by {@code check} (the feature's rule) before acting. */
    public Confirmation withReason(String label, int maxLength, Function<String, List<FieldProblem>> check) {
        TextArea field = new TextArea(label);
        field.setId("confirmation-reason");
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        addComponentAtIndex(1, field);
        this.reason = field;
        this.check = check;
        return this;
    }

    /** A line under the reason field saying who will read it. */
    public Confirmation reasonHint(String hint) {
        if (reason != null) {
            reason.setHelperText(hint);
        }
        return this;
    }

    public Confirmation keepLabel(String label) {
        keep.setText(label);
        return this;
    }

    /**
     * What to do once confirmed, for an action nothing can refuse: the dialog closes first; receives the reason
     * (empty without {@link #withReason}).
     */
    public Confirmation onConfirm(Consumer<String> action) {
        this.action = text -> {
            close();
            action.accept(text);
        };
        return this;
    }

    /**
     * What to do once confirmed: {@code call} (given the reason) runs while the dialog waits with its button
     * disabled; the dialog closes and {@code done} runs when the call answers with a value (end a call without one
     * with {@code .thenReturn(true)}). A refusal keeps the dialog open with what was typed and shows why in it.
     */
    public <T> Confirmation calling(Function<String, Mono<T>> call, Consumer<? super T> done) {
        this.action = text -> {
            confirm.setEnabled(false);
            UiCalls.run(this, call.apply(text), value -> {
                close();
                done.accept(value);
            }, this::refused);
        };
        return this;
    }

    /** Also tells the view of a refusal (to reload a record someone else changed); the dialog shows it anyway. */
    public Confirmation onRefusal(Consumer<Refusal> onRefusal) {
        this.onRefusal = onRefusal;
        return this;
    }

    private void confirmed() {
        String text = reason == null ? "" : reason.getValue();
        List<FieldProblem> problems = check.apply(text);
        if (!problems.isEmpty() && reason != null) {
            markReason(problems.getFirst());
            return;
        }
        refusal.setVisible(false);
        action.accept(text);
    }

    private void refused(Refusal refused) {
        confirm.setEnabled(true);
        if (refused instanceof InvalidInput invalid && reason != null && !invalid.problems().isEmpty()) {
            markReason(invalid.problems().getFirst());
        } else if (!(refused instanceof UnexpectedFailure)) {
            refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            refusal.setVisible(true);
        }
        onRefusal.accept(refused);
    }

    private void markReason(FieldProblem problem) {
        if (reason != null) {
            reason.setErrorMessage(getTranslation(problem.messageKey()));
            reason.setInvalid(true);
        }
    }

    /** The service's refusal as the dialog shows it; empty while there is none. */
    public String refusalText() {
        return refusal.isVisible() ? refusal.getText() : "";
    }
}
