package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.FairRules;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * Staff create or edit a fair. The same {@link FairRules} as the service mark each field before anything is sent; the
 * service's refusals (a duplicate, a concurrent edit) come back as messages, and the dialog keeps what was typed. It
 * asks before closing over typed input ({@link DiscardGuard}).
 */
class FairEditor extends Dialog {

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField venue = new TextField();
    final DatePicker startDate = DatePickerLanguage.datePicker();
    final DatePicker endDate = DatePickerLanguage.datePicker();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final TextField website = new TextField();
    final Button save = new Button();

    private final FieldErrors fields = new FieldErrors(this);
    private final FairService service;
    private final SignedIn signedIn;
    private final @Nullable Fair editing;

    FairEditor(FairService service, SignedIn signedIn, @Nullable Fair editing) {
        this.service = service;
        this.signedIn = signedIn;
        this.editing = editing;
        setId("fair-editor");
        setHeaderTitle(getTranslation(editing == null ? "fair.dialog.new" : "fair.dialog.edit"));
        setWidth("min(48rem, 95vw)");
        Locale locale = getLocale();

        label(nameZh, "nameZh", "fair.name-zh", FairRules.MAX_NAME);
        label(nameEn, "nameEn", "fair.name-en", FairRules.MAX_NAME);
        label(city, "city", "fair.city", FairRules.MAX_CITY);
        label(venue, "venue", "fair.venue", FairRules.MAX_VENUE);
        label(website, "website", "fair.website", FairRules.MAX_WEBSITE);
        website.setPlaceholder("https://");
        country.setLabel(getTranslation("fair.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> FairLabels.country(code, locale))).toList());
        country.setItemLabelGenerator(code -> FairLabels.country(code, locale) + " (" + code + ")");
        country.setId("fair-country");
        country.setRequiredIndicatorVisible(true);
        fields.put("country", country);
        startDate.setLabel(getTranslation("fair.start-date"));
        startDate.setId("fair-startDate");
        startDate.setRequiredIndicatorVisible(true);
        fields.put("startDate", startDate);
        endDate.setLabel(getTranslation("fair.end-date"));
        endDate.setId("fair-endDate");
        endDate.setRequiredIndicatorVisible(true);
        fields.put("endDate", endDate);
        startDate.addValueChangeListener(e -> {
            if (e.getValue() != null && endDate.getValue() == null) {
                endDate.setValue(e.getValue().plusDays(3));
            }
            endDate.setMin(e.getValue());
        });
        sectors.setLabel(getTranslation("fair.sectors"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sectors.setId("fair-sectors");
        sectors.setRequiredIndicatorVisible(true);
        fields.put("sectors", sectors);

        FormLayout form = new FormLayout(nameZh, nameEn, city, country, venue, website, startDate, endDate, sectors);
        form.setColspan(sectors, 2);
        add(form);

        if (editing != null) {
            fill(editing.toDraft());
        }

        save.setText(getTranslation("fair.save"));
        save.setId("fair-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // Esc, a click outside and the close button ask before dropping what was typed; a save closes at once.
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("fair.close"), e -> guard.requestClose());
        close.setId("fair-close");
        getFooter().add(close, save);
    }

    private void label(TextField field, String name, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId("fair-" + name);
        field.setMaxLength(maxLength);
        if (!"website".equals(name)) {
            field.setRequiredIndicatorVisible(true);
        }
        fields.put(name, field);
    }

    private void fill(FairDraft d) {
        nameZh.setValue(d.nameZh() == null ? "" : d.nameZh());
        nameEn.setValue(d.nameEn() == null ? "" : d.nameEn());
        city.setValue(d.city() == null ? "" : d.city());
        country.setValue(d.country());
        venue.setValue(d.venue() == null ? "" : d.venue());
        startDate.setValue(d.startDate());
        endDate.setValue(d.endDate());
        sectors.setValue(d.sectors() == null ? java.util.Set.of() : d.sectors());
        website.setValue(d.website() == null ? "" : d.website());
    }

    FairDraft draft() {
        return new FairDraft(nameZh.getValue(), nameEn.getValue(), city.getValue(), country.getValue(),
                venue.getValue(), startDate.getValue(), endDate.getValue(), sectors.getValue(), website.getValue())
                .normalised();
    }

    void save() {
        FairDraft draft = draft();
        List<FieldProblem> problems = FairRules.check(draft);
        show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        var call = editing == null
                ? service.create(signedIn.actor(), draft)
                : service.update(signedIn.actor(), editing.id(), editing.version(), draft);
        UiCalls.run(this, call, saved -> {
            UiCalls.showSuccess(this, "fair.saved", saved.name(getLocale()));
            close();
        }, UiCalls.intoForm(this, this::show));
    }

    private void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
