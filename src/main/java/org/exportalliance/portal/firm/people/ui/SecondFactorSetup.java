package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.firm.people.SecondFactorEnrolment;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Setting up an authenticator app: scan the QR code (or type the key), confirm with a code, then keep the ten
 * recovery codes, which are shown this once. The secret stays in this component until a code confirms it.
 */
class SecondFactorSetup extends VerticalLayout {

    final TextField code = new TextField();
    final Button confirm = new Button();
    final Span key = new Span();
    final UnorderedList recovery = new UnorderedList();

    SecondFactorSetup(OwnAccountService own, Actor actor, Consumer<List<String>> onEnrolled) {
        setPadding(false);
        SecondFactorEnrolment enrolment = own.beginSecondFactor(actor);
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                enrolment.qrSvg().getBytes(StandardCharsets.UTF_8)), getTranslation("mfa.setup.qr"));
        qr.setId("mfa-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        key.setText(enrolment.text().replaceAll("(.{4})", "$1 ").strip());
        key.setId("mfa-key");
        key.addClassName("portal-secret");
        code.setLabel(getTranslation("mfa.setup.code"));
        code.setId("mfa-setup-code");
        code.setMaxLength(10);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        confirm.setText(getTranslation("mfa.setup.confirm"));
        confirm.setId("mfa-setup-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldErrors errors = new FieldErrors(this);
        errors.put("code", code);
        confirm.addClickListener(e -> {
            confirm.setEnabled(false);
            UiCalls.run(this, own.confirmSecondFactor(actor, enrolment.secret(), code.getValue()), codes -> {
                removeAll();
                recovery.setId("mfa-recovery-codes");
                codes.forEach(c -> recovery.add(new ListItem(c)));
                add(new Paragraph(getTranslation("mfa.setup.recovery")), recovery);
                onEnrolled.accept(codes);
            }, UiCalls.intoForm(this, problems -> {
                confirm.setEnabled(true);
                errors.show(problems);
            }));
        });
        add(new Paragraph(getTranslation("mfa.setup.scan")), qr,
                new Paragraph(getTranslation("mfa.setup.key")), key, code, confirm);
    }
}
