package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.LeadPolicy;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff set the alliance's lead policy: whether ordinary members may share leads with the whole alliance, and how
 * many days a claim holds before it needs renewing activity. The service checks the range. Esc or a click outside
 * ask before dropping a change.
 */
class LeadPolicyDialog extends Dialog {

    final Checkbox membersMayShare = new Checkbox();
    final IntegerField windowDays = new IntegerField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    LeadPolicyDialog(LeadPolicy current, LeadService leads, Actor actor) {
        setId("lead-policy-dialog");
        setHeaderTitle(getTranslation("claims.policy.title"));
        membersMayShare.setId("lead-policy-share");
        membersMayShare.setLabel(getTranslation("claims.policy.members-may-share"));
        membersMayShare.setValue(current.membersMayShareAlliance());
        windowDays.setId("lead-policy-window");
        windowDays.setLabel(getTranslation("claims.policy.window-days"));
        windowDays.setHelperText(getTranslation("claims.policy.window-help", LeadPolicy.MIN_WINDOW,
                LeadPolicy.MAX_WINDOW));
        windowDays.setStepButtonsVisible(true);
        windowDays.setValue(current.claimWindowDays());
        fields.put("claimWindowDays", windowDays);
        FormLayout form = new FormLayout(membersMayShare, windowDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(28rem, 80vw)");
        add(form);
        save.setText(getTranslation("claims.policy.save"));
        save.setId("lead-policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Integer days = windowDays.getValue();
            if (days == null) {
                fields.show(List.of(new FieldProblem("claimWindowDays", "lead.validation.window")));
                return;
            }
            save.setEnabled(false);
            UiCalls.run(this, leads.setPolicy(actor, new LeadPolicy(membersMayShare.getValue(), days)), saved -> {
                close();
                UiCalls.showSuccess(this, "claims.policy.saved");
            }, UiCalls.intoForm(this, this::show));
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("claims.close"), e -> guard.requestClose()), save);
    }

    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
