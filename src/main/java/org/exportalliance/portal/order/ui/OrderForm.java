package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.order.Attribution;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.Incoterm;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLine;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderRules;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * Records a new order of the user's firm, or edits one of its QUOTED or CONFIRMED orders: buyer, destination,
 * currency, Incoterm and place, where it came from (one of the firm's claims, a delegation it took part in, or
 * direct) and its lines. The service checks every rule; its field problems mark the fields here, lines included.
 * Esc or a click outside ask before dropping what was typed.
 */
class OrderForm extends Dialog {

    final TextField buyerName = new TextField();
    final ComboBox<String> destination = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<Incoterm> incoterm = new ComboBox<>();
    final TextField namedPlace = new TextField();
    final RadioButtonGroup<Attribution> attribution = new RadioButtonGroup<>();
    final ComboBox<Claim> claim = new ComboBox<>();
    final ComboBox<Delegation> delegation = new ComboBox<>();
    final DatePicker quotedOn = DatePickerLanguage.datePicker();
    final DatePicker expectedShipOn = DatePickerLanguage.datePicker();
    final DatePicker expectedPaidOn = DatePickerLanguage.datePicker();
    final List<OrderLineFields> lines = new ArrayList<>();
    /** A problem with the lines as a whole (none, too many), under the lines it is about. */
    final Paragraph linesProblem = new Paragraph();
    final Button addLine = new Button();
    final Button save = new Button();
    private final VerticalLayout lineRows = new VerticalLayout();
    private final FieldErrors fields = new FieldErrors(this);
    private final Map<String, MachineCategory> taxonomy;

    OrderForm(OrderService orders, Actor actor, Map<String, MachineCategory> taxonomy, List<Claim> claims,
            List<Delegation> delegations, @Nullable ExportOrder existing, Consumer<ExportOrder> onSaved) {
        this.taxonomy = taxonomy;
        Locale locale = getLocale();
        setId("order-form");
        setHeaderTitle(existing == null ? getTranslation("orders.new")
                : getTranslation("orders.edit.title", existing.buyerName()));
        setWidth("min(60rem, 95vw)");

        buyerName.setId("order-buyer");
        destination.setId("order-destination");
        currency.setId("order-currency");
        incoterm.setId("order-incoterm");
        namedPlace.setId("order-named-place");
        attribution.setId("order-attribution");
        claim.setId("order-claim");
        delegation.setId("order-delegation");
        buyerName.setLabel(getTranslation("orders.field.buyer"));
        buyerName.setMaxLength(OrderRules.MAX_TEXT);
        buyerName.setRequiredIndicatorVisible(true);
        destination.setLabel(getTranslation("orders.field.destination"));
        destination.setItems(PortalLocales.countries(locale));
        destination.setItemLabelGenerator(code -> PortalLocales.countryName(code, locale) + " (" + code + ")");
        currency.setLabel(getTranslation("orders.field.currency"));
        currency.setItems(IsoCodes.currencies());
        currency.setItemLabelGenerator(code -> IsoCodes.currencyLabel(code, locale));
        currency.setValue("CNY");
        incoterm.setLabel(getTranslation("orders.field.incoterm"));
        incoterm.setItems(Arrays.asList(Incoterm.values()));
        incoterm.setValue(Incoterm.FOB);
        namedPlace.setLabel(getTranslation("orders.field.named-place"));
        namedPlace.setMaxLength(OrderRules.MAX_TEXT);
        attribution.setLabel(getTranslation("orders.field.attribution"));
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        attribution.addValueChangeListener(e -> showTarget());
        claim.setLabel(getTranslation("orders.field.claim"));
        claim.setItems(claims);
        claim.setItemLabelGenerator(c -> c.companyName() + " · " + PortalLocales.countryName(c.country(), locale));
        delegation.setLabel(getTranslation("orders.field.delegation"));
        delegation.setItems(delegations);
        delegation.setItemLabelGenerator(d -> d.title(locale));
        quotedOn.setLabel(getTranslation("orders.field.quoted-on"));
        expectedShipOn.setLabel(getTranslation("orders.field.expected-ship"));
        expectedPaidOn.setLabel(getTranslation("orders.field.expected-paid"));
        fields.put("buyerName", buyerName);
        fields.put("destinationCountry", destination);
        fields.put("currency", currency);
        fields.put("incoterm", incoterm);
        fields.put("namedPlace", namedPlace);
        fields.put("attribution", attribution);
        fields.put("claimId", claim);
        fields.put("delegationId", delegation);
        fields.put("quotedOn", quotedOn);
        fields.put("expectedShipOn", expectedShipOn);
        fields.put("expectedPaidOn", expectedPaidOn);
        attribution.setValue(claims.isEmpty() ? Attribution.DIRECT : Attribution.LEAD);
        showTarget();

        FormLayout form = new FormLayout(buyerName, destination, currency, incoterm, namedPlace, attribution, claim,
                delegation, quotedOn, expectedShipOn, expectedPaidOn);
        addLine.setText(getTranslation("orders.line.add"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.setId("order-add-line");
        addLine.addClickListener(e -> addLine());
        lineRows.setPadding(false);
        if (existing == null) {
            addLine();
        } else {
            fill(existing, claims, delegations);
        }
        linesProblem.setId("order-lines-problem");
        linesProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        linesProblem.setVisible(false);
        add(form, lineRows, linesProblem, addLine);

        save.setText(getTranslation("orders.save"));
        save.setId("order-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            save.setEnabled(false);
            UiCalls.run(this, existing == null ? orders.create(actor, draft())
                    : orders.update(actor, existing.id(), existing.version(), draft()), saved -> {
                close();
                onSaved.accept(saved);
            }, UiCalls.intoForm(this, this::show));
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("orders.close"), e -> guard.requestClose()), save);
    }

    /** The order's fields and lines as they are; its quote day stays what it was. */
    private void fill(ExportOrder o, List<Claim> claims, List<Delegation> delegations) {
        buyerName.setValue(o.buyerName());
        destination.setValue(o.destinationCountry());
        currency.setValue(o.currency());
        incoterm.setValue(o.incoterm());
        namedPlace.setValue(o.namedPlace());
        attribution.setValue(o.attribution());
        claims.stream().filter(c -> c.id().equals(o.claimId())).findFirst().ifPresent(claim::setValue);
        delegations.stream().filter(d -> d.id().equals(o.delegationId())).findFirst().ifPresent(delegation::setValue);
        quotedOn.setValue(o.stageOn());
        quotedOn.setVisible(false);
        expectedShipOn.setValue(o.expectedShipOn());
        expectedPaidOn.setValue(o.expectedPaidOn());
        for (OrderLine l : o.lines()) {
            addLine();
            OrderLineFields line = lines.getLast();
            line.category.setValue(l.category());
            line.model.setValue(l.model());
            line.quantity.setValue(l.quantity());
            line.unitPrice.setValue(l.unitPrice().stripTrailingZeros());
        }
    }

    void addLine() {
        if (lines.size() >= OrderRules.MAX_LINES) {
            return;
        }
        OrderLineFields line = new OrderLineFields(lines.size(), taxonomy, getLocale(), fields);
        lines.add(line);
        lineRows.add(line);
    }

    private void showTarget() {
        claim.setVisible(attribution.getValue() == Attribution.LEAD);
        delegation.setVisible(attribution.getValue() == Attribution.FAIR);
    }

    OrderDraft draft() {
        Attribution a = attribution.getValue();
        List<OrderLineDraft> drafts = lines.stream().filter(l -> !l.isBlank()).map(OrderLineFields::draft).toList();
        return new OrderDraft(buyerName.getValue(), destination.getValue(), currency.getValue(),
                incoterm.getValue() == null ? null : incoterm.getValue().name(), namedPlace.getValue(),
                a == null ? null : a.name(),
                a == Attribution.LEAD && claim.getValue() != null ? claim.getValue().id() : null,
                a == Attribution.FAIR && delegation.getValue() != null ? delegation.getValue().id() : null,
                expectedShipOn.getValue(), expectedPaidOn.getValue(), drafts,
                quotedOn.isVisible() ? quotedOn.getValue() : null);
    }

    /** Marks what the service refused and lets the user try again; a problem of the lines shows under them. */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
        var aboutLines = problems.stream().filter(p -> p.field().equals("lines")).findFirst();
        linesProblem.setText(aboutLines.map(p -> getTranslation(p.messageKey())).orElse(""));
        linesProblem.setVisible(aboutLines.isPresent());
    }
}
