package org.exportalliance.portal.logistics.shipping.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.ui.DelegationTab;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.shipping.MilestoneRecord;
import org.exportalliance.portal.logistics.shipping.Shipment;
import org.exportalliance.portal.logistics.shipping.ShippingMilestone;
import org.exportalliance.portal.logistics.shipping.ShippingService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Where each exhibit is on its way to the booth: per firm and exhibit, the four milestones as a row of steps with
 * their dates, and the next one to record with an optional reference. Staff see every firm; a firm its own.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(50)
public class ShippingTab extends DelegationTab {

    private final ShippingService shipping;
    private final FirmService firms;
    private final Actor actor;
    private final ZoneId zone;
    private @Nullable Delegation delegation;

    final VerticalLayout exhibits = new VerticalLayout();

    ShippingTab(ShippingService shipping, FirmService firms, SignedIn signedIn, Clock clock) {
        super("shipping.tab");
        this.shipping = shipping;
        this.firms = firms;
        this.actor = signedIn.actor();
        this.zone = clock.getZone();
        setId("shipping");
        exhibits.setPadding(false);
        exhibits.setId("shipping-exhibits");
        add(exhibits);
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        List<Shipment> all = UiCalls.fetch(shipping.shipments(actor, d.id())).toList();
        exhibits.removeAll();
        if (all.isEmpty()) {
            exhibits.add(new Paragraph(getTranslation("shipping.empty")));
            return;
        }
        Map<UUID, List<Shipment>> byFirm = all.stream()
                .collect(Collectors.groupingBy(Shipment::firmId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Firm> names = actor.isStaff()
                ? UiCalls.fetchOne(firms.byId()).orElse(Map.of())
                : Map.of();
        byFirm.forEach((firm, list) -> {
            Div block = new Div();
            block.addClassName("shipping-firm");
            if (actor.isStaff()) {
                block.add(new H4(Optional.ofNullable(names.get(firm)).map(f -> f.name(getLocale()))
                        .orElse(firm.toString())));
            }
            list.forEach(s -> block.add(row(s)));
            exhibits.add(block);
        });
    }

    private Div row(Shipment s) {
        Locale locale = getLocale();
        Span machine = new Span(getTranslation("shipping.exhibit", s.machine(), Formats.number(s.weightKg(), 3, locale),
                Formats.number(s.volumeM3(), 3, locale)));
        machine.addClassName("shipping-machine");
        Div steps = new Div();
        steps.addClassName("shipping-stepper");
        for (ShippingMilestone m : ShippingMilestone.values()) {
            steps.add(step(s, m, locale));
        }
        Div row = new Div(machine, steps);
        row.setId("shipping-exhibit-" + s.exhibitId());
        row.addClassName("shipping-row");
        Optional<ShippingMilestone> next = s.next();
        if (next.isPresent()) {
            TextField reference = new TextField();
            reference.setPlaceholder(getTranslation("shipping.reference"));
            reference.setMaxLength(ShippingService.MAX_REFERENCE);
            reference.setId("shipping-reference-" + s.exhibitId());
            reference.addClassName("shipping-reference");
            String label = getTranslation("shipping.milestone." + next.get().name());
            Button record = new Button(getTranslation("shipping.record", label));
            record.setId("shipping-record-" + s.exhibitId());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            // A milestone is recorded for good (there is no step back) and tells the firm: ask first.
            record.addClickListener(e -> Confirmation.of(getTranslation("shipping.confirm.title", label),
                            getTranslation("shipping.confirm.text", s.machine(), label),
                            getTranslation("shipping.record", label))
                    .onConfirm(none -> {
                        record.setEnabled(false);
                        UiCalls.run(this, shipping.record(actor, s.exhibitId(), next.get(), reference.getValue()),
                                recorded -> {
                                    UiCalls.showSuccess(this, "shipping.recorded", label);
                                    if (delegation != null) {
                                        show(delegation);
                                    }
                                },
                                refusal -> {
                                    record.setEnabled(true);
                                    if (refusal instanceof InvalidInput invalid) {
                                        reference.setErrorMessage(
                                                getTranslation(invalid.problems().getFirst().messageKey()));
                                        reference.setInvalid(true);
                                    } else {
                                        UiCalls.showRefusal(this, refusal);
                                        if (delegation != null) {
                                            show(delegation);
                                        }
                                    }
                                });
                    })
                    .open());
            HorizontalLayout action = new HorizontalLayout(reference, record);
            action.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.add(action);
        } else {
            Span complete = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("shipping.complete")));
            complete.addClassName("shipping-complete");
            row.add(complete);
        }
        return row;
    }

    private Div step(Shipment s, ShippingMilestone m, Locale locale) {
        Optional<MilestoneRecord> recorded = s.milestone(m);
        Span label = new Span(getTranslation("shipping.milestone." + m.name()));
        label.addClassName("shipping-step-label");
        Div step = new Div(label);
        step.addClassName("shipping-step");
        step.getElement().setAttribute("data-milestone", m.name());
        if (recorded.isPresent()) {
            MilestoneRecord r = recorded.get();
            step.addClassName("done");
            Span when = new Span(Formats.dateTime(r.recordedAt(), zone, locale));
            when.addClassName("shipping-step-date");
            step.add(when);
            if (!r.reference().isEmpty()) {
                Span reference = new Span(r.reference());
                reference.addClassName("shipping-step-reference");
                step.add(reference);
            }
            step.getElement().setAttribute("title", r.recordedByName());
        } else {
            if (s.next().filter(m::equals).isPresent()) {
                step.addClassName("next");
            }
            Span pending = new Span(getTranslation("shipping.pending"));
            pending.addClassName("shipping-step-date");
            step.add(pending);
        }
        return step;
    }
}
