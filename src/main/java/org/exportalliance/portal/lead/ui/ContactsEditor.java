package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exportalliance.portal.lead.Contact;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's contacts in the lead form: a row per person (name, title, email, phone, WeChat, WhatsApp), added and
 * removed freely. Rows left entirely blank are not sent; the rows that are sent are named {@code contacts[i].field}
 * like the rules name them, so a refusal marks the right field.
 */
class ContactsEditor extends VerticalLayout {

    /** One person's fields. */
    record Row(TextField name, TextField title, TextField email, TextField phone, TextField wechat,
            TextField whatsapp) {

        Stream<TextField> fields() {
            return Stream.of(name, title, email, phone, wechat, whatsapp);
        }

        boolean blank() {
            return fields().allMatch(f -> f.getValue().isBlank());
        }

        ContactDraft draft() {
            return new ContactDraft(name.getValue(), title.getValue(), email.getValue(), phone.getValue(),
                    wechat.getValue(), whatsapp.getValue());
        }
    }

    final Button add = new Button();
    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    /** The rows the last {@link #drafts()} sent, in the order the rules number them. */
    private List<Row> sent = List.of();

    ContactsEditor() {
        setPadding(false);
        setSpacing(false);
        lines.setPadding(false);
        add.setText(getTranslation("lead.contact.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("lead-contact-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow(null));
        add(new H4(getTranslation("lead.contact.heading")), lines, add);
    }

    /** Adds a row, filled from a revealed contact when editing. */
    Row addRow(@Nullable Contact contact) {
        Row row = new Row(field("lead.contact.name", LeadRules.MAX_CONTACT_TEXT),
                field("lead.contact.title", LeadRules.MAX_CONTACT_TEXT), field("lead.contact.email",
                        LeadRules.MAX_EMAIL), field("lead.contact.phone", 40), field("lead.contact.wechat",
                        LeadRules.MAX_WECHAT), field("lead.contact.whatsapp", 40));
        row.email().setPlaceholder("name@example.com");
        row.phone().setPlaceholder("+39 031 555 0123");
        if (contact != null) {
            row.name().setValue(contact.name());
            row.title().setValue(contact.title());
            row.email().setValue(orEmpty(contact.email()));
            row.phone().setValue(orEmpty(contact.phone()));
            row.wechat().setValue(orEmpty(contact.wechat()));
            row.whatsapp().setValue(orEmpty(contact.whatsapp()));
        }
        rows.add(row);
        layout();
        return row;
    }

    void remove(Row row) {
        rows.remove(row);
        layout();
    }

    /** The contacts to send: every row not left blank. */
    List<ContactDraft> drafts() {
        sent = rows.stream().filter(r -> !r.blank()).toList();
        return sent.stream().map(Row::draft).toList();
    }

    /** Names the sent rows' fields for the rules' problems ({@code contacts[1].phone}). */
    void register(FieldErrors errors) {
        rows.forEach(r -> r.fields().forEach(f -> f.setInvalid(false)));
        for (int i = 0; i < sent.size(); i++) {
            Row r = sent.get(i);
            String at = "contacts[" + i + "].";
            errors.put(at + "name", r.name());
            errors.put(at + "title", r.title());
            errors.put(at + "email", r.email());
            errors.put(at + "phone", r.phone());
            errors.put(at + "wechat", r.wechat());
            errors.put(at + "whatsapp", r.whatsapp());
        }
    }

    /** Lays the rows out again, numbering their ids by position. */
    private void layout() {
        lines.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "lead-contact-" + i + "-";
            row.name().setId(prefix + "name");
            row.title().setId(prefix + "title");
            row.email().setId(prefix + "email");
            row.phone().setId(prefix + "phone");
            row.wechat().setId(prefix + "wechat");
            row.whatsapp().setId(prefix + "whatsapp");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(row));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("lead.contact.remove"));
            remove.setTooltipText(getTranslation("lead.contact.remove"));
            remove.setId(prefix + "remove");
            HorizontalLayout line = new HorizontalLayout(row.name(), row.title(), row.email(), row.phone(),
                    row.wechat(), row.whatsapp(), remove);
            line.setWrap(true);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            lines.add(line);
        }
    }

    private TextField field(String labelKey, int maxLength) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setMaxLength(maxLength);
        f.setWidth("11rem");
        return f;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
