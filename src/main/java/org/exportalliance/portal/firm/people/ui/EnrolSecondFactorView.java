package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.shell.PortalUser;
import org.exportalliance.portal.shell.SignInProgress;
import org.exportalliance.portal.shell.SignedIn;

/** The step of a sign-in that must set up a second factor first (staff and firm admins without one). */
@Route(value = "sign-in/second-factor", autoLayout = false)
@PermitAll
public class EnrolSecondFactorView extends VerticalLayout implements HasDynamicTitle {

    final Button proceed = new Button();

    EnrolSecondFactorView(SignedIn signedIn, OwnAccountService own, SignInProgress progress) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        PortalUser user = signedIn.user().orElseThrow();
        proceed.setText(getTranslation("mfa.setup.continue"));
        proceed.setId("mfa-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proceed.setVisible(false);
        proceed.addClickListener(e -> progress.stepDone(user, true));
        add(new H1(getTranslation("signin.enrol.title")), new Paragraph(getTranslation("signin.enrol.description")),
                new SecondFactorSetup(own, user.actor(), codes -> proceed.setVisible(true)), proceed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.enrol.title");
    }
}
