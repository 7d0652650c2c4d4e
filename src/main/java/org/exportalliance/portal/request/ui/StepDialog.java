package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * A step on a request that needs a few words or a choice (a question to the firm, what was done, a rating, a unit):
 * the rule's own check marks the fields before anything is sent, the service's refusal marks the same fields (any
 * other refusal shows once, in the corner), the dialog closes when the step is taken, and it asks before it drops
 * what was typed.
 */
abstract class StepDialog extends Dialog {

    final Button confirm = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final Consumer<ServiceRequest> done;

    /** {@code id} names the dialog and its buttons; the step's dialog sets its title and its button's label. */
    StepDialog(String id, Consumer<ServiceRequest> done) {
        this.done = done;
        setId(id);
        setWidth("min(36rem, 95vw)");
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> submit());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("requests.close"), e -> guard.requestClose());
        close.setId(id + "-close");
        getFooter().add(close, confirm);
    }

    /** Names a field as the rules name it, so both checks mark it. */
    <F extends HasValidation> F field(String name, F field) {
        return fields.put(name, field);
    }

    /** What the rules say of the fields as they are. */
    abstract List<FieldProblem> check();

    /** The step, once the fields are right. */
    abstract Mono<ServiceRequest> step();

    /** The page reloads after the step: the step may be refused because someone else moved the request first. */
    void submit() {
        List<FieldProblem> problems = check();
        mark(problems);
        if (!problems.isEmpty()) {
            return;
        }
        confirm.setEnabled(false);
        UiCalls.run(this, Mono.defer(this::step), taken -> {
            close();
            done.accept(taken);
        }, UiCalls.intoForm(this, this::mark));
    }

    private void mark(List<FieldProblem> problems) {
        confirm.setEnabled(true);
        fields.show(problems);
    }
}
