package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.lead.Contact;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UnexpectedFailure;
import org.jspecify.annotations.Nullable;

/**
 * One lead: its facts, the holds on its buyer (the blind signal for other members'), and what the user may do with
 * it: show the contacts (an audited reveal, withheld while another member holds the buyer), claim the buyer for some
 * categories (refused with the blind signal when another member holds them), and, for the owner firm and staff, edit.
 */
class LeadDetailDialog extends Dialog {

    final Span holds = new Span();
    final Button reveal = new Button();
    final Button claim = new Button();
    final Button edit = new Button();
    final Grid<Contact> contacts = new Grid<>();
    final MultiSelectComboBox<String> claimCategories = new MultiSelectComboBox<>();
    final Button confirmClaim = new Button();
    /**
     * The last refusal's message (a withheld reveal, a blind signal), under the holds it is about: the one place it
     * shows, never also as a notification over the dialog.
     */
    final Paragraph message = new Paragraph();

    private final LeadContext context;
    private final Runnable onChanged;
    private final HorizontalLayout claimBar;
    private LeadRow row;

    LeadDetailDialog(LeadContext context, LeadRow row, BiConsumer<Lead, List<Contact>> openForm,
            Runnable onChanged) {
        this.context = context;
        this.row = row;
        this.onChanged = onChanged;
        Lead lead = row.lead();
        Locale locale = getLocale();
        setId("lead-detail");
        setHeaderTitle(lead.companyName());
        setWidth("min(56rem, 96vw)");

        FormLayout facts = new FormLayout();
        fact(facts, "lead.field.place", LeadLabels.place(lead, locale));
        fact(facts, "lead.field.website", lead.webDomain() == null ? "" : lead.webDomain());
        fact(facts, "lead.field.categories", LeadLabels.categories(lead.categories(), context.taxonomy(), locale));
        fact(facts, "lead.field.source", getTranslation(lead.source().messageKey()));
        fact(facts, "lead.field.value", Formats.money(lead.estimatedValue(), lead.currency(), locale));
        fact(facts, "lead.field.fair", fairName(lead.fairId(), locale));
        fact(facts, "lead.field.visibility", getTranslation(lead.visibility().messageKey()) + shares(lead, locale));
        fact(facts, "lead.field.created", Formats.date(lead.createdAt(), context.clock().getZone(), locale));
        if (!lead.notes().isBlank()) {
            TextArea notes = new TextArea(getTranslation("lead.field.notes"));
            notes.setValue(lead.notes());
            notes.setReadOnly(true);
            facts.add(notes, 2);
        }

        holds.setId("lead-detail-holds");
        showHolds();
        message.setId("lead-message");
        message.setVisible(false);
        message.getStyle().set("color", "var(--lumo-error-text-color)");

        contacts.setId("lead-contacts");
        contacts.addColumn(Contact::name).setHeader(getTranslation("lead.contact.name")).setKey("name");
        contacts.addColumn(Contact::title).setHeader(getTranslation("lead.contact.title")).setKey("title");
        contacts.addColumn(c -> orEmpty(c.email())).setHeader(getTranslation("lead.contact.email")).setKey("email");
        contacts.addColumn(c -> orEmpty(c.phone())).setHeader(getTranslation("lead.contact.phone")).setKey("phone");
        contacts.addColumn(c -> orEmpty(c.wechat())).setHeader(getTranslation("lead.contact.wechat"))
                .setKey("wechat");
        contacts.addColumn(c -> orEmpty(c.whatsapp())).setHeader(getTranslation("lead.contact.whatsapp"))
                .setKey("whatsapp");
        contacts.setAllRowsVisible(true);
        contacts.setVisible(false);

        claimCategories.setLabel(getTranslation("lead.detail.claim-categories"));
        claimCategories.setItems(context.taxonomy().keySet());
        claimCategories.setItemLabelGenerator(code -> LeadLabels.category(code, context.taxonomy(), locale));
        claimCategories.setValue(new HashSet<>(lead.categories()));
        claimCategories.setId("lead-claim-categories");
        confirmClaim.setText(getTranslation("lead.detail.claim-confirm"));
        confirmClaim.setId("lead-claim-confirm");
        confirmClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmClaim.addClickListener(e -> claim());
        claimBar = new HorizontalLayout(claimCategories, confirmClaim);
        claimBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        claimBar.setVisible(false);

        add(facts, new H4(getTranslation("lead.field.status")), holds, message, contacts, claimBar);

        reveal.setText(getTranslation("lead.detail.reveal"));
        reveal.setIcon(VaadinIcon.EYE.create());
        reveal.setId("lead-reveal");
        reveal.addClickListener(e -> reveal());
        claim.setText(getTranslation("lead.detail.claim"));
        claim.setIcon(VaadinIcon.FLAG.create());
        claim.setId("lead-claim");
        claim.addClickListener(e -> claimBar.setVisible(true));
        edit.setText(getTranslation("lead.detail.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("lead-edit");
        edit.setVisible(context.mayEdit(lead));
        // Editing rewrites the contacts, so the form starts from them: an audited reveal like any other.
        edit.addClickListener(e -> {
            edit.setEnabled(false);
            UiCalls.run(this, context.leads().reveal(context.actor(), lead.id()), revealed -> {
                close();
                openForm.accept(this.row.lead(), revealed);
            }, refused -> {
                edit.setEnabled(true);
                refused(refused);
            });
        });
        Button close = new Button(getTranslation("lead.detail.close"), e -> close());
        close.setId("lead-detail-close");
        getFooter().add(close, edit, claim, reveal);
    }

    private void fact(FormLayout facts, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        facts.add(field);
    }

    private String fairName(@Nullable UUID fairId, Locale locale) {
        if (fairId == null) {
            return "";
        }
        return UiCalls.fetchOne(context.fairs().find(fairId).onErrorComplete()).map(f -> f.name(locale)).orElse("");
    }

    /** Whom a SELECTED lead is shared with; only its owner firm and staff get the shares from the service. */
    private String shares(Lead lead, Locale locale) {
        if (lead.visibility() != Visibility.SELECTED || lead.shareFirms().isEmpty() && lead.shareCategories()
                .isEmpty()) {
            return "";
        }
        Map<UUID, Firm> firms = lead.shareFirms().isEmpty() ? Map.of()
                : UiCalls.fetchOne(context.firms().byId()).orElse(Map.of());
        String names = lead.shareFirms().stream().map(firms::get).filter(java.util.Objects::nonNull)
                .map(f -> f.name(locale)).sorted().collect(Collectors.joining(", "));
        String categories = LeadLabels.categories(lead.shareCategories().stream().sorted().toList(),
                context.taxonomy(), locale);
        return ": " + String.join(" · ", List.of(names, categories).stream().filter(s -> !s.isBlank()).toList());
    }

    private void showHolds() {
        String text = LeadLabels.holds(row.holds(), context.taxonomy(), this, getLocale(), context.clock().getZone());
        holds.setText(text.isEmpty() ? getTranslation("lead.hold.none") : text);
    }

    void reveal() {
        reveal.setEnabled(false);
        UiCalls.run(this, context.leads().reveal(context.actor(), row.lead().id()), list -> {
            contacts.setItems(list);
            contacts.setVisible(true);
            message.setVisible(false);
        }, refused -> {
            reveal.setEnabled(true);
            refused(refused);
        });
    }

    void claim() {
        List<FieldProblem> problems = LeadRules.checkCategories(claimCategories.getValue(), context.taxonomy().keySet());
        markCategories(problems);
        if (!problems.isEmpty()) {
            return;
        }
        confirmClaim.setEnabled(false);
        UiCalls.run(this, context.claims().claim(context.actor(), row.lead().id(), claimCategories.getValue()),
                done -> {
                    claimBar.setVisible(false);
                    message.setVisible(false);
                    UiCalls.showSuccess(this, "lead.detail.claimed",
                            LeadLabels.categories(done.categories(), context.taxonomy(), getLocale()));
                    onChanged.run();
                    UiCalls.run(this, context.leads().find(context.actor(), row.lead().id()), fresh -> {
                        this.row = fresh;
                        showHolds();
                    }, refused -> { });
                }, refused -> {
                    confirmClaim.setEnabled(true);
                    refused(refused);
                });
    }

    private void markCategories(List<FieldProblem> problems) {
        FieldErrors fields = new FieldErrors(this);
        fields.put("categories", claimCategories);
        fields.show(problems);
    }

    private void refused(Refusal refusal) {
        if (refusal instanceof InvalidInput invalid) {
            markCategories(invalid.problems());
            return;
        }
        if (refusal instanceof UnexpectedFailure) {
            return;
        }
        message.setText(getTranslation(refusal.messageKey(), refusal.args()));
        message.setVisible(true);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
