package org.exportalliance.portal.delegation.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.ledger.CostItem;
import org.exportalliance.portal.delegation.ledger.CostItemDraft;
import org.exportalliance.portal.delegation.ledger.CostKind;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.delegation.ledger.SplitRule;
import org.exportalliance.portal.delegation.ledger.Statement;
import org.exportalliance.portal.delegation.ui.ParticipantTab;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The shared-cost ledger. Staff enter cost items and subsidies and see every item with each participating firm's
 * share beside it, the check that the shares add up to the item exactly, and each firm's total. A firm sees only its
 * own statement, and the tab only once its application holds a place.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(20)
public class CostsTab extends ParticipantTab {

    private final LedgerService ledger;
    private final FirmService firms;
    private final SignedIn signedIn;
    private @Nullable Delegation delegation;

    final ComboBox<CostKind> kind = new ComboBox<>();
    final TextField description = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<SplitRule> rule = new ComboBox<>();
    final Button addItem = new Button();
    final LedgerGrid lines = new LedgerGrid();
    final Span check = new Span();
    final Div statement = new Div();
    private final FieldErrors fields = new FieldErrors(this);

    CostsTab(LedgerService ledger, FirmService firms, SignedIn signedIn) {
        super("costs.tab");
        this.ledger = ledger;
        this.firms = firms;
        this.signedIn = signedIn;
        setId("costs");
        statement.setWidthFull();
        if (signedIn.isStaff()) {
            configureForm();
            check.setId("costs-check");
            add(new H3(getTranslation("costs.new-item")), form(), new H3(getTranslation("costs.items")), check,
                    lines);
        } else {
            add(statement);
        }
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        Actor actor = signedIn.actor();
        if (signedIn.isStaff()) {
            showLedger(d, actor);
        } else {
            statement.removeAll();
            Optional<Statement> own = UiCalls.fetchOne(ledger.statement(actor, d.id(), actor.firmId())
                    .onErrorComplete());
            statement.add(own.<com.vaadin.flow.component.Component>map(StatementPanel::new)
                    .orElseGet(() -> new Paragraph(getTranslation("costs.no-statement"))));
        }
    }

    private void configureForm() {
        kind.setLabel(getTranslation("costs.kind"));
        kind.setId("cost-kind");
        kind.setItems(CostKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ledger.kind." + k.name()));
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null && rule.isEmpty()) {
                rule.setValue(usualRule(e.getValue()));
            }
        });
        description.setLabel(getTranslation("costs.description"));
        description.setId("cost-description");
        description.setMaxLength(200);
        amount.setLabel(getTranslation("costs.amount"));
        amount.setId("cost-amount");
        amount.setSuffixComponent(new Span("CNY"));
        rule.setLabel(getTranslation("costs.rule"));
        rule.setId("cost-rule");
        rule.setItems(SplitRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("ledger.rule." + r.name()));
        fields.put("kind", kind);
        fields.put("description", description);
        fields.put("amountCny", amount);
        fields.put("rule", rule);
        addItem.setText(getTranslation("costs.add"));
        addItem.setId("cost-add");
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addItem.addClickListener(e -> submit());
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(kind, rule, description, amount, addItem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    /** The rule a kind of cost is usually split by; staff may choose another. */
    private static SplitRule usualRule(CostKind k) {
        return switch (k) {
            case BOOTH_RENT, FREIGHT -> SplitRule.BY_AREA;
            case INTERPRETERS -> SplitRule.PER_TRAVELLER;
            case PAVILION_BUILD, OTHER, SUBSIDY -> SplitRule.EQUAL;
        };
    }

    /** The service checks the item; its field problems come back onto the form. */
    private void submit() {
        if (delegation == null) {
            return;
        }
        CostItemDraft draft = new CostItemDraft(kind.getValue(), description.getValue(), amount.getValue(),
                rule.getValue());
        addItem.setEnabled(false);
        UiCalls.run(this, ledger.addItem(signedIn.actor(), delegation.id(), draft), item -> {
            addItem.setEnabled(true);
            fields.show(List.of());
            kind.clear();
            rule.clear();
            description.clear();
            amount.clear();
            UiCalls.showSuccess(this, "costs.added", describe(item));
            if (delegation != null) {
                showLedger(delegation, signedIn.actor());
            }
        }, refusal -> {
            addItem.setEnabled(true);
            if (refusal instanceof InvalidInput invalid) {
                fields.show(invalid.problems());
            } else {
                UiCalls.showRefusal(this, refusal);
            }
        });
    }

    private String describe(CostItem item) {
        return getTranslation("ledger.kind." + item.kind().name()) + " · " + item.description() + " · "
                + Formats.yuan(item.amountCny(), getLocale());
    }

    /** Every ledger line across the firms; the item list alone while no firm takes part yet. */
    private void showLedger(Delegation d, Actor actor) {
        List<Statement> statements = UiCalls.fetch(ledger.allStatements(actor, d.id())).toList();
        List<CostItem> items = statements.isEmpty() ? UiCalls.fetch(ledger.items(actor, d.id())).toList()
                : List.of();
        check.setText(lines.show(statements, items, UiCalls.fetchOne(firms.byId()).orElse(Map.of())));
    }
}
