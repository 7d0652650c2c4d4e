package org.exportalliance.portal.firm.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.membership.ConsequenceLine;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.MembershipChange;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.PasswordResets;
import org.exportalliance.portal.firm.people.PeopleService;
import org.exportalliance.portal.firm.people.ui.FirmPeoplePanel;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * One member firm for staff: its register entry, its membership (suspend, end, reinstate: what each does is listed
 * and a reason asked before it happens), and its people and invitations.
 */
@Route("members/:id")
@RolesAllowed("STAFF")
public class MemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipService members;
    private final FirmService firms;
    private final PeopleService people;
    private final InvitationService invitations;
    private final PasswordResets resets;
    private final Clock clock;
    private final Actor actor;
    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final Button save = new Button();
    private long version;

    MemberView(SignedIn signedIn, MembershipService members, FirmService firms, PeopleService people,
            InvitationService invitations, PasswordResets resets, Clock clock) {
        this.members = members;
        this.firms = firms;
        this.people = people;
        this.invitations = invitations;
        this.resets = resets;
        this.clock = clock;
        this.actor = signedIn.actor();
        setId("member");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MemberFirm> found = event.getRouteParameters().get("id").flatMap(MemberView::uuid)
                .flatMap(id -> UiCalls.fetchOne(members.find(actor, id).onErrorResume(e -> reactor.core.publisher
                        .Mono.empty())));
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(MemberFirm firm) {
        removeAll();
        version = firm.version();
        title.setText(firm.name(getLocale()));
        status.setId("member-status");
        status.setText(getTranslation("firm.membership." + firm.membership().name())
                + (firm.membershipReason() == null ? "" : " · " + firm.membershipReason()));
        Map<String, MachineCategory> taxonomy = UiCalls.fetch(firms.categories())
                .collect(Collectors.toMap(MachineCategory::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        MemberForm form = new MemberForm(taxonomy, firm.kind() == FirmKind.ASSOCIATION, LocalDate.now(clock));
        form.fill(firm);
        save.setText(getTranslation("members.save"));
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> UiCalls.run(this, members.edit(actor, firm.id(), version, form.draft()), saved -> {
            UiCalls.showSuccess(this, "members.saved");
            show(saved);
        }, UiCalls.intoForm(this, form::show)));
        HorizontalLayout changes = new HorizontalLayout();
        for (MembershipChange change : MembershipChange.values()) {
            if (firm.kind() != FirmKind.ASSOCIATION && change.allowedFrom(firm.membership())) {
                Button button = new Button(getTranslation("members.change." + change.word()),
                        e -> confirm(firm, change));
                button.setId("member-" + change.word());
                if (change.leaves()) {
                    button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                changes.add(button);
            }
        }
        add(title, status, changes, new H3(getTranslation("members.entry")), form, save,
                new H3(getTranslation("members.people")),
                new FirmPeoplePanel(people, invitations, resets, actor, firm.id(), firm.kind(), clock));
    }

    private void confirm(MemberFirm firm, MembershipChange change) {
        String consequence = getTranslation("members.change." + change.word() + ".consequence");
        if (change.leaves()) {
            List<ConsequenceLine> lines = UiCalls.fetchOne(members.consequences(actor, firm.id())).orElse(List.of());
            consequence += " " + lines.stream().map(l -> getTranslation(l.messageKey(), l.count()))
                    .collect(Collectors.joining(" "));
        }
        Confirmation dialog = Confirmation.of(getTranslation("members.change." + change.word() + ".title",
                firm.name(getLocale())), consequence, getTranslation("members.change." + change.word()));
        if (change.leaves()) {
            dialog.withReason(getTranslation("members.change.reason"), 500, MemberView::reasonProblems);
        }
        dialog.calling(reason -> members.change(actor, firm.id(), change, reason), changed -> {
            UiCalls.showSuccess(this, "members.changed." + change.word());
            show(changed);
        }).open();
    }

    private static List<FieldProblem> reasonProblems(String reason) {
        if (reason.isBlank()) {
            return List.of(new FieldProblem("reason", "validation.required"));
        }
        return PlainText.problems("reason", reason, true);
    }

    static com.vaadin.flow.router.RouteParameters of(UUID id) {
        return new com.vaadin.flow.router.RouteParameters("id", id.toString());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("nav.members");
    }
}
