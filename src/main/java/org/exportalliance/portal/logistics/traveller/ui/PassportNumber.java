package org.exportalliance.portal.logistics.traveller.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/** A traveller's passport number, masked; "show" reveals it for this row only (the service audits it). */
class PassportNumber extends HorizontalLayout {

    PassportNumber(Traveller t, TravellerService travellers, SignedIn signedIn) {
        Span number = new Span(t.passportNumberMasked());
        number.addClassName("passport-number");
        Button reveal = new Button(getTranslation("traveller.show"));
        reveal.addClassName("show-passport");
        reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reveal.addClickListener(e -> UiCalls.run(this, travellers.revealPassport(signedIn.actor(), t.id()), full -> {
            number.setText(full);
            reveal.setVisible(false);
        }, refusal -> UiCalls.showRefusal(this, refusal)));
        add(number, reveal);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(false);
    }
}
