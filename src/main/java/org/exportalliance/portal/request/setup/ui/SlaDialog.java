package org.exportalliance.portal.request.setup.ui;

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
import org.exportalliance.portal.shell.FormDialog;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/** Staff set one category and priority's three targets, in working hours; {@link SlaRules} mark the fields first. */
class SlaDialog extends FormDialog<SlaEntry> {

    final NumberField accept = new NumberField();
    final NumberField take = new NumberField();
    final NumberField resolve = new NumberField();

    private final SlaSetup sla;
    private final SignedIn signedIn;
    private final SlaEntry editing;
    private final String title;

    SlaDialog(SlaSetup sla, SignedIn signedIn, SlaEntry editing, String categoryName, Consumer<SlaEntry> onSaved) {
        super("setup-sla-save", null, "request.setup.close", onSaved);
        this.sla = sla;
        this.signedIn = signedIn;
        this.editing = editing;
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
    }

    private void hours(NumberField field, String name, String labelKey, int minutes) {
        field.setLabel(getTranslation(labelKey));
        field.setId("setup-sla-" + name);
        field.setMin(0);
        field.setMax(SlaRules.MAX_HOURS);
        field.setHelperText(getTranslation("request.setup.sla.field-help", String.valueOf(SlaRules.MAX_HOURS)));
        field.setRequiredIndicatorVisible(true);
        field.setValue(SetupLabels.hoursValue(minutes));
        field(name, field);
    }

    SlaDraft draft() {
        return SlaDraft.ofHours(value(accept), value(take), value(resolve));
    }

    private static double value(NumberField field) {
        return Objects.requireNonNullElse(field.getValue(), 0.0);
    }

    @Override
    protected List<FieldProblem> check() {
        return SlaRules.check(draft());
    }

    @Override
    protected Mono<SlaEntry> call() {
        return sla.set(signedIn.actor(), editing.category(), editing.priority(), editing.version(), draft());
    }

    @Override
    protected void done(SlaEntry saved) {
        UiCalls.showSuccess(this, "request.setup.sla.saved", title);
    }
}
