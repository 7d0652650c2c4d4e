package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.lead.Contact;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadCreated;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.LeadClaimed;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Create or edit a lead: the buyer company, its contacts, what it wants, and who may see it. The same
 * {@link LeadRules} as the service mark each field before anything is sent; the service's refusals (sharing with the
 * alliance without leave, a concurrent edit) come back as messages and the dialog keeps what was typed. A new lead
 * can be registered for the own firm at once; a blind signal from conflict detection is shown after saving.
 */
class LeadForm extends Dialog {

    final TextField company = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField city = new TextField();
    final TextField website = new TextField();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final BigDecimalField value = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<LeadSource> source = new ComboBox<>();
    final ComboBox<Fair> fair = new ComboBox<>();
    final TextArea notes = new TextArea();
    final LeadSharingSection sharing;
    final ContactsEditor contacts = new ContactsEditor();
    final Checkbox alsoClaim = new Checkbox();
    final Button save = new Button();

    private final LeadContext context;
    private final @Nullable Lead editing;
    private final Runnable onSaved;

    LeadForm(LeadContext context, @Nullable Lead editing, List<Contact> revealed, Runnable onSaved) {
        this.context = context;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("lead-form");
        setHeaderTitle(getTranslation(editing == null ? "lead.form.new" : "lead.form.edit"));
        setWidth("min(64rem, 96vw)");
        Locale locale = getLocale();

        text(company, "lead-company", "lead.field.company", LeadRules.MAX_NAME);
        company.setRequiredIndicatorVisible(true);
        text(city, "lead-city", "lead.field.city", LeadRules.MAX_CITY);
        text(website, "lead-website", "lead.field.website", 253);
        website.setPlaceholder("tessitura-rossi.it");
        country.setLabel(getTranslation("lead.field.country"));
        country.setItems(LeadLabels.countries(locale));
        country.setItemLabelGenerator(code -> LeadLabels.country(code, locale) + " (" + code + ")");
        country.setRequiredIndicatorVisible(true);
        country.setId("lead-country");

        categories.setLabel(getTranslation("lead.field.categories"));
        categories.setItems(context.taxonomy().keySet());
        categories.setItemLabelGenerator(code -> LeadLabels.category(code, context.taxonomy(), locale));
        categories.setRequiredIndicatorVisible(true);
        categories.setId("lead-categories");

        value.setLabel(getTranslation("lead.field.value"));
        value.setId("lead-value");
        currency.setLabel(getTranslation("lead.field.currency"));
        currency.setItems(IsoCodes.currencies());
        currency.setItemLabelGenerator(code -> IsoCodes.currencyLabel(code, locale));
        currency.setValue("USD");
        currency.setId("lead-currency");

        source.setLabel(getTranslation("lead.field.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setRequiredIndicatorVisible(true);
        source.setId("lead-source");

        fair.setLabel(getTranslation("lead.field.fair"));
        fair.setHelperText(getTranslation("lead.form.fair-optional"));
        fair.setItems(query -> UiCalls.fetch(context.fairs().search(
                new FairFilter(false, null, null, query.getFilter().orElse(null), true), FairSort.START_DATE_DESC,
                FairPage.of(query.getOffset(), Math.min(query.getLimit(), FairPage.MAX_LIMIT)))));
        fair.setItemLabelGenerator(f -> f.name(locale) + " · " + f.startDate().getYear());
        fair.setClearButtonVisible(true);
        fair.setId("lead-fair");

        notes.setLabel(getTranslation("lead.field.notes"));
        notes.setMaxLength(LeadRules.MAX_NOTES);
        notes.setId("lead-notes");
        notes.setWidthFull();

        sharing = new LeadSharingSection(context, locale);

        alsoClaim.setLabel(getTranslation("lead.form.also-claim"));
        alsoClaim.setId("lead-also-claim");
        alsoClaim.setVisible(editing == null);

        FormLayout form = new FormLayout(company, country, city, website, categories, source, value, currency, fair);
        form.setColspan(categories, 2);
        add(form, contacts, notes, sharing, alsoClaim);

        if (editing != null) {
            fill(editing, revealed);
        } else {
            sharing.visibility.setValue(Visibility.PRIVATE);
            contacts.addRow(null);
        }

        save.setText(getTranslation("lead.form.save"));
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("lead.form.close"), e -> guard.requestClose());
        close.setId("lead-close");
        getFooter().add(close, save);
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
    }

    private void fill(Lead lead, List<Contact> revealed) {
        company.setValue(lead.companyName());
        country.setValue(lead.country());
        city.setValue(lead.city());
        website.setValue(lead.webDomain() == null ? "" : lead.webDomain());
        categories.setValue(new HashSet<>(lead.categories()));
        value.setValue(lead.estimatedValue());
        currency.setValue(lead.currency());
        source.setValue(lead.source());
        if (lead.fairId() != null) {
            UiCalls.fetchOne(context.fairs().find(lead.fairId()).onErrorComplete()).ifPresent(fair::setValue);
        }
        notes.setValue(lead.notes());
        sharing.fill(lead);
        revealed.forEach(contacts::addRow);
        if (revealed.isEmpty()) {
            contacts.addRow(null);
        }
    }

    LeadDraft draft() {
        Fair chosen = fair.getValue();
        return new LeadDraft(company.getValue(), country.getValue(), city.getValue(), website.getValue(),
                contacts.drafts(), categories.getValue(), value.getValue(), currency.getValue(), source.getValue(),
                chosen == null ? null : chosen.id(), notes.getValue(), sharing.visibility(), sharing.firmIds(),
                sharing.categories());
    }

    void save() {
        LeadDraft draft = draft();
        List<FieldProblem> problems = LeadRules.check(draft.normalised(), context.taxonomy().keySet());
        show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        Mono<LeadCreated> call = editing == null
                ? context.leads().create(context.actor(), draft)
                : context.leads().update(context.actor(), editing.id(), editing.version(), draft);
        // Saving and registering are one transaction in the service: the lead is saved even if the claim is refused.
        Mono<LeadClaimed> saving = editing == null && alsoClaim.getValue()
                ? context.claims().createAndClaim(context.actor(), draft)
                : call.map(created -> new LeadClaimed(created, null, null));
        UiCalls.run(this, saving, this::saved, UiCalls.intoForm(this, this::show));
    }

    private void saved(LeadClaimed saved) {
        close();
        onSaved.run();
        Lead lead = saved.created().lead();
        UiCalls.showSuccess(this, editing == null ? "lead.form.saved" : "lead.form.updated", lead.companyName());
        if (saved.claim() != null) {
            UiCalls.showSuccess(this, "lead.detail.claimed", LeadLabels.categories(saved.claim().categories(),
                    context.taxonomy(), getLocale()));
        } else if (saved.refused() != null) {
            // The refusal names the same hold as conflict detection's signal: one message, not both.
            UiCalls.showRefusal(this, saved.refused());
        } else if (!saved.created().signals().isEmpty()) {
            UiCalls.showWarning(this, getTranslation("lead.form.signals", LeadLabels.holds(saved.created().signals(),
                    context.taxonomy(), this, getLocale(), context.clock().getZone()))).setId("lead-signals");
        }
    }

    /** Marks the fields a refusal names, and lets the user try again. */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        FieldErrors fields = new FieldErrors(this);
        fields.put("companyName", company);
        fields.put("country", country);
        fields.put("city", city);
        fields.put("website", website);
        fields.put("categories", categories);
        fields.put("estimatedValue", value);
        fields.put("currency", currency);
        fields.put("source", source);
        fields.put("fairId", fair);
        fields.put("notes", notes);
        sharing.register(fields);
        contacts.register(fields);
        fields.show(problems);
    }
}
