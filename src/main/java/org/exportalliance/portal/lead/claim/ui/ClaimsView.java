package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * Deal registration. A firm sees its own claims and works them: moves the pipeline on, logs activity (which renews the
 * window), releases, reads the history. Staff see every firm's claims and decide on them with a reason, see the
 * conflicts detection found, and set the lead policy. What ends a claim for good (release, reject, lost) asks first
 * in the shared confirmation, with the reason the claim keeps. The list follows changes on every instance.
 */
@Route("claims")
@PermitAll
public class ClaimsView extends VerticalLayout implements HasDynamicTitle {

    private final ClaimService claims;

    final Checkbox heldOnly = new Checkbox();
    final ClaimGrid grid;
    final Button policy = new Button();
    final @Nullable ClaimConflictsGrid conflicts;
    final @Nullable TabSheet tabs;
    private @Nullable Disposable live;

    ClaimsView(ClaimService claims, ClaimDecisions decisions, LeadService leads, FirmService firms,
            AccountService accounts, SignedIn signedIn, Clock clock) {
        this.claims = claims;
        Actor actor = signedIn.actor();
        Map<String, MachineCategory> taxonomy = UiCalls.fetchOne(leads.categories()).orElse(Map.of());
        setId("claims");
        setSizeFull();

        heldOnly.setLabel(getTranslation("claims.held-only"));
        heldOnly.setId("claims-held-only");
        heldOnly.addValueChangeListener(e -> refresh());
        policy.setText(getTranslation("claims.policy.title"));
        policy.setIcon(VaadinIcon.COG.create());
        policy.setId("lead-policy");
        policy.setVisible(actor.isStaff());
        policy.addClickListener(e -> UiCalls.fetchOne(leads.policy())
                .ifPresent(current -> new LeadPolicyDialog(current, leads, actor).open()));
        PageHeader header = new PageHeader(getTranslation("nav.claims"), heldOnly, policy);

        grid = new ClaimGrid(claims, decisions, accounts, firms, actor, clock, taxonomy, heldOnly::getValue,
                this::refresh);
        if (actor.isStaff()) {
            conflicts = new ClaimConflictsGrid(claims, actor, taxonomy, grid::firmName, clock.getZone());
            tabs = new TabSheet();
            tabs.setId("claims-tabs");
            tabs.setSizeFull();
            tabs.add(getTranslation("claims.tab.claims"), grid).setId("tab-claims");
            tabs.add(getTranslation("claims.tab.conflicts"), conflicts).setId("tab-conflicts");
            tabs.addSelectedChangeListener(e -> conflicts.refresh());
            add(header, tabs);
            expand(tabs);
        } else {
            conflicts = null;
            tabs = null;
            add(header, grid);
            expand(grid);
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        if (conflicts != null) {
            conflicts.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), claims.changes(), change -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.dispose();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.claims") + " · " + getTranslation("app.title");
    }
}
