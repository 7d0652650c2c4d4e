package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.UiCalls;

/**
 * A lab test's quote and report: what the lab asked for and by when, whether the firm accepted it; the lab quotes
 * (again, until accepted) and hands over the report; the firm accepts the quote it reads. Shown on lab tests only.
 */
class LabTestPanel extends VerticalLayout {

    final Paragraph quote = new Paragraph();
    final HorizontalLayout buttons = new HorizontalLayout();
    private final LabTests labTests;
    private final RequestAttachments attachments;
    private final Clock clock;
    private final Consumer<ServiceRequest> changed;
    private final Runnable reload;

    LabTestPanel(LabTests labTests, RequestAttachments attachments, Clock clock, Consumer<ServiceRequest> changed,
            Runnable reload) {
        this.labTests = labTests;
        this.attachments = attachments;
        this.clock = clock;
        this.changed = changed;
        this.reload = reload;
        setId("request-lab-test");
        setPadding(false);
        quote.setId("request-lab-state");
        buttons.setWrap(true);
        add(new H3(getTranslation("request.lab.title")), quote, buttons);
    }

    void show(ShownRequest shown) {
        LabTest lab = shown.labTest();
        setVisible(lab != null);
        buttons.removeAll();
        if (lab == null) {
            return;
        }
        ServiceRequest r = shown.request();
        quote.setText(text(lab));
        boolean working = r.status() == RequestStatus.IN_PROGRESS;
        Actor actor = shown.reader().actor();
        if (working && shown.reader().ofTheUnit(r) && !lab.accepted()) {
            button("quote", !lab.quoted(), () -> new QuoteDialog(lab, LocalDate.now(clock),
                    (cny, due) -> labTests.quote(actor, r.id(), cny, due).thenReturn(r), changed).open());
        }
        if (working && shown.reader().ofTheFirm(r) && lab.quoted() && !lab.accepted()) {
            button("accept", true, () -> accept(shown, lab));
        }
        if (working && shown.reader().ofTheUnit(r) && lab.accepted() && lab.reportId() == null) {
            button("report", true, () -> new ReportDialog(actor, r,
                    UiCalls.fetch(attachments.list(actor, r.id())).toList(), labTests, attachments, changed).open());
        }
        buttons.setVisible(buttons.getComponentCount() > 0);
    }

    private String text(LabTest lab) {
        if (!lab.quoted() || lab.quoteCny() == null || lab.quoteDueOn() == null) {
            return getTranslation("request.lab.not-quoted");
        }
        String price = Formats.money(lab.quoteCny(), "CNY", getLocale());
        String due = Formats.date(lab.quoteDueOn(), getLocale());
        if (lab.reportId() != null) {
            return getTranslation("request.lab.reported", price, due);
        }
        return getTranslation(lab.accepted() ? "request.lab.accepted" : "request.lab.quoted", price, due);
    }

    private void button(String action, boolean primary, Runnable click) {
        Button button = new Button(getTranslation("request.lab." + action), e -> click.run());
        button.setId("request-lab-" + action);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        buttons.add(button);
    }

    /** The firm accepts the price and day it reads; if the lab quoted again meanwhile, it is refused and reloads. */
    private void accept(ShownRequest shown, LabTest lab) {
        ServiceRequest r = shown.request();
        if (lab.quoteCny() == null || lab.quoteDueOn() == null) {
            return;
        }
        Confirmation.of(getTranslation("request.lab.accept.title", r.reference()), text(lab),
                        getTranslation("request.lab.accept"))
                .calling(none -> labTests.acceptQuote(shown.reader().actor(), r.id(), lab.quoteCny(),
                        lab.quoteDueOn()).thenReturn(r), changed)
                .onRefusal(refusal -> reload.run())
                .open();
    }
}
