package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.setup.SlaDraft;
import org.exportalliance.portal.request.setup.SlaEntry;
import org.exportalliance.portal.request.setup.SlaRules;
import org.exportalliance.portal.request.setup.SlaSetup;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/** Staff set one category and priority's three targets, in working hours; {@link SlaRules} mark the fields first. */
class SlaDialog extends Dialog {

    final NumberField accept = new NumberField();
    final NumberField take = new NumberField();
    final NumberField resolve = new NumberField();
    final Button save = new Button();

    private final FieldErrors fields = new FieldErrors(this);
    private final SlaSetup sla;
    private final SignedIn signedIn;
    private final SlaEntry editing;
    private final String title;
    private final Consumer<SlaEntry> onSaved;

    SlaDialog(SlaSetup sla, SignedIn signedIn, SlaEntry editing, String categoryName, Consumer<SlaEntry> onSaved) {
        this.sla = sla;
        this.signedIn = signedIn;
        this.editing = editing;
        this.onSaved = onSaved;
        String priority = getTranslation(editing.priority().messageKey());
        this.title = getTranslation("request.setup.sla.dialog", categoryName, priority);
        setId("setup-sla-dialog");
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        hours(accept, "accept", "request.setup.sla.accept", editing.minutes().accept());
        hours(take, "take", "request.setup.sla.take", editing.minutes().take());
        hours(resolve, "resolve", "request.setup.sla.resolve", editing.minutes().resolve());
        FormLayout form = new FormLayout(accept, take, resolve);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("request.setup.save"));
        save.setId("setup-sla-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("request.setup.close"), e -> guard.requestClose());
        getFooter().add(close, save);
    }

    private void hours(NumberField field, String name, String labelKey, int minutes) {
        field.setLabel(getTranslation(labelKey));
        field.setId("setup-sla-" + name);
        field.setMin(0);
        field.setMax(SlaRules.MAX_HOURS);
        field.setHelperText(getTranslation("request.setup.sla.field-help", String.valueOf(SlaRules.MAX_HOURS)));
        field.setRequiredIndicatorVisible(true);
        field.setValue(SetupLabels.hoursValue(minutes));
        fields.put(name, field);
    }

    SlaDraft draft() {
        return SlaDraft.ofHours(value(accept), value(take), value(resolve));
    }

    private static double value(NumberField field) {
        return Objects.requireNonNullElse(field.getValue(), 0.0);
    }

    void save() {
        SlaDraft draft = draft();
        List<FieldProblem> problems = SlaRules.check(draft);
        show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        UiCalls.run(this, sla.set(signedIn.actor(), editing.category(), editing.priority(), editing.version(),
                draft), saved -> {
                    UiCalls.showSuccess(this, "request.setup.sla.saved", title);
                    close();
                    onSaved.accept(saved);
                }, UiCalls.intoForm(this, this::show));
    }

    private void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
