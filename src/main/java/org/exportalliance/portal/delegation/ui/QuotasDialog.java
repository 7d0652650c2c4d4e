package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;

/**
 * Staff set, per membership tier, how many firm slots a SCORED allocation may give that tier at most. An empty field
 * means no limit for the tier.
 */
class QuotasDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    /** {@link AllocationService#TIERS}, from the highest tier down. */
    static final List<String> TIERS = List.of("CORE", "STANDARD", "ASSOCIATE");

    final Map<String, IntegerField> quotas = new LinkedHashMap<>();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    QuotasDialog(Map<String, Integer> current, Consumer<Map<String, Integer>> onSave) {
        setId("quotas-dialog");
        setHeaderTitle(getTranslation("delegation.quotas.edit"));
        FormLayout form = new FormLayout();
        for (String tier : TIERS) {
            IntegerField field = new IntegerField(getTranslation("firm.tier." + tier));
            field.setId("quota-" + tier);
            field.setMin(0);
            field.setStepButtonsVisible(true);
            field.setClearButtonVisible(true);
            field.setValue(current.get(tier));
            field.setPlaceholder(getTranslation("delegation.quotas.none"));
            quotas.put(tier, fields.put("quotas." + tier, field));
            form.add(field);
        }
        add(new Paragraph(getTranslation("delegation.quotas.help")), form);
        save.setText(getTranslation("fair.save"));
        save.setId("quotas-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            quotas.forEach((tier, field) -> {
                if (field.getValue() != null) {
                    chosen.put(tier, field.getValue());
                }
            });
            save.setEnabled(false);
            onSave.accept(chosen);
        });
        getFooter().add(new Button(getTranslation("fair.close"), e -> guard.requestClose()), save);
    }

    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
