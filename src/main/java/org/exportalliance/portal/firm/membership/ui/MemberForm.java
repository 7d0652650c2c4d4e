package org.exportalliance.portal.firm.membership.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.MemberRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.FieldErrors;

/** A firm's register entry: names, kind, tier, city, what it makes, credit code, contact, joined date. */
class MemberForm extends FormLayout {

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Select<FirmKind> kind = new Select<>();
    final Select<String> tier = new Select<>();
    final TextField city = new TextField();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final TextField creditCode = new TextField();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final EmailField contactEmail = new EmailField();
    final DatePicker joinedOn = DatePickerLanguage.datePicker();
    private final FieldErrors errors = new FieldErrors(this);

    MemberForm(Map<String, MachineCategory> taxonomy, boolean association, LocalDate today) {
        Locale locale = getLocale();
        text(nameZh, "nameZh", "firm.name-zh", 200);
        text(nameEn, "nameEn", "firm.name-en", 200);
        kind.setLabel(getTranslation("firm.kind"));
        kind.setItems(association ? List.of(FirmKind.ASSOCIATION) : MemberRules.ENROLLABLE);
        kind.setItemLabelGenerator(k -> getTranslation("firm.kind." + k.name()));
        kind.setId("member-kind");
        kind.setValue(association ? FirmKind.ASSOCIATION : FirmKind.MEMBER);
        errors.put("kind", kind);
        tier.setLabel(getTranslation("firm.tier"));
        tier.setItems("CORE", "STANDARD", "ASSOCIATE");
        tier.setItemLabelGenerator(t -> getTranslation("firm.tier." + t));
        tier.setValue("STANDARD");
        tier.setId("member-tier");
        errors.put("tier", tier);
        text(city, "city", "firm.city", 100);
        categories.setLabel(getTranslation("firm.categories"));
        categories.setItems(taxonomy.keySet());
        categories.setItemLabelGenerator(c -> taxonomy.containsKey(c) ? taxonomy.get(c).name(locale) : c);
        categories.setId("member-categories");
        errors.put("categories", categories);
        text(creditCode, "creditCode", "firm.credit-code", 18);
        creditCode.setHelperText(getTranslation("firm.credit-code.help"));
        text(contactName, "contactName", "firm.contact-name", 100);
        text(contactPhone, "contactPhone", "firm.contact-phone", 40);
        contactEmail.setLabel(getTranslation("firm.contact-email"));
        contactEmail.setId("member-contactEmail");
        contactEmail.setMaxLength(254);
        errors.put("contactEmail", contactEmail);
        joinedOn.setLabel(getTranslation("firm.joined-on"));
        joinedOn.setId("member-joinedOn");
        joinedOn.setMax(today);
        joinedOn.setValue(today);
        errors.put("joinedOn", joinedOn);
        add(nameZh, nameEn, kind, tier, city, categories, creditCode, contactName, contactPhone, contactEmail, joinedOn);
    }

    private void text(TextField field, String name, String label, int max) {
        field.setLabel(getTranslation(label));
        field.setId("member-" + name);
        field.setMaxLength(max);
        errors.put(name, field);
    }

    void fill(MemberFirm firm) {
        nameZh.setValue(firm.nameZh());
        nameEn.setValue(firm.nameEn());
        kind.setValue(firm.kind());
        tier.setValue(firm.tier());
        city.setValue(firm.city());
        categories.setValue(firm.categories());
        creditCode.setValue(firm.creditCode() == null ? "" : firm.creditCode());
        contactName.setValue(firm.contactName());
        contactPhone.setValue(firm.contactPhone());
        contactEmail.setValue(firm.contactEmail() == null ? "" : firm.contactEmail());
        joinedOn.setValue(firm.joinedOn());
    }

    MemberDraft draft() {
        return new MemberDraft(nameZh.getValue(), nameEn.getValue(), kind.getValue(), tier.getValue(),
                city.getValue(), new ArrayList<>(categories.getValue()), creditCode.getValue(),
                contactName.getValue(), contactPhone.getValue(), contactEmail.getValue(), joinedOn.getValue());
    }

    void show(List<FieldProblem> problems) {
        errors.show(problems.stream().map(p -> p.field().startsWith("categories[")
                ? new FieldProblem("categories", p.messageKey()) : p).toList());
    }
}
