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
import org.jspecify.annotations.Nullable;

/**
 * The one way a destructive or irreversible action asks first: a dialog that names what will happen, optionally takes
 * the reason the record keeps, and acts only on its red confirm button. Esc, a click outside and "go back" do nothing
 * (after asking, if a reason was typed).
 *
 * <pre>{@code
 * Confirmation.of(title, consequence, confirmLabel)
 *         .withReason(label, MAX_REASON, Rules::checkReason)
 *         .onConfirm(reason -> UiCalls.run(this, service.cancel(..., reason), ...))
 *         .open();
 * }</pre>
 */
public final class Confirmation extends Dialog {

    private final Button confirm = new Button();
    private final Button keep = new Button();
    private @Nullable TextArea reason;
    private Function<String, List<FieldProblem>> check = text -> List.of();
    private Consumer<String> action = text -> { };

    private Confirmation(String title, String consequence, String confirmLabel) {
        setId("confirmation");
        setHeaderTitle(title);
        setWidth("min(34rem, 92vw)");
        Paragraph text = new Paragraph(consequence);
        text.setId("confirmation-text");
        add(text);
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
        add(field);
        this.reason = field;
        this.check = check;
        return this;
    }

    public Confirmation keepLabel(String label) {
        keep.setText(label);
        return this;
    }

    /** What to do once confirmed; receives the reason (empty without {@link #withReason}). */
    public Confirmation onConfirm(Consumer<String> action) {
        this.action = action;
        return this;
    }

    private void confirmed() {
        String text = reason == null ? "" : reason.getValue();
        List<FieldProblem> problems = check.apply(text);
        if (!problems.isEmpty() && reason != null) {
            reason.setErrorMessage(getTranslation(problems.getFirst().messageKey()));
            reason.setInvalid(true);
            return;
        }
        close();
        action.accept(text);
    }
}
