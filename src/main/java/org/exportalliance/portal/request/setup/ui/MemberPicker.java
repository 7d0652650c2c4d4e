package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * A unit's members: the people so far, each with a button to remove, and a person to add picked by firm and name. A
 * department or the lab takes the association's own people, so the firm is fixed to the association for them.
 */
class MemberPicker extends VerticalLayout {

    final Grid<UserAccount> shown = new Grid<>();
    final ComboBox<Firm> firm = new ComboBox<>();
    final ComboBox<UserAccount> person = new ComboBox<>();
    final Button add = new Button();
    private final Span hint = new Span();
    private final List<UserAccount> members = new ArrayList<>();
    private final AccountService accounts;
    private final Actor actor;
    private final Map<UUID, Firm> firms;
    private final @Nullable Firm association;
    private final Runnable onChange;

    MemberPicker(AccountService accounts, Actor actor, Map<UUID, Firm> firms, @Nullable Firm association,
            Runnable onChange) {
        this.accounts = accounts;
        this.actor = actor;
        this.firms = firms;
        this.association = association;
        this.onChange = onChange;
        setPadding(false);
        setSpacing(false);
        shown.setId("setup-unit-members");
        shown.setAllRowsVisible(true);
        Columns.text(shown, UserAccount::displayName).setHeader(getTranslation("request.setup.unit.user"));
        Columns.text(shown, u -> firmName(u.firmId())).setHeader(getTranslation("request.setup.unit.firm"));
        Columns.actions(shown, u -> SetupLabels.rowButton(this, VaadinIcon.CLOSE_SMALL,
                "request.setup.unit.remove-member", "remove-member", () -> remove(u)));
        shown.setEmptyStateText(getTranslation("request.setup.unit.no-members"));
        firm.setLabel(getTranslation("request.setup.unit.firm"));
        firm.setItems(firms.values().stream().sorted(Comparator.comparing((Firm f) -> f.name(getLocale()))).toList());
        firm.setItemLabelGenerator(f -> f.name(getLocale()));
        firm.setId("setup-unit-firm");
        firm.addValueChangeListener(e -> offerPeople());
        person.setLabel(getTranslation("request.setup.unit.user"));
        person.setItemLabelGenerator(UserAccount::displayName);
        person.setId("setup-unit-person");
        add.setText(getTranslation("request.setup.unit.add-member"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("setup-unit-add-member");
        add.addClickListener(e -> addChosen());
        HorizontalLayout picking = new HorizontalLayout(firm, person, add);
        picking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        picking.setWidthFull();
        hint.addClassName("setup-unit-members-hint");
        add(shown, picking, hint);
    }

    /** Whether only the association's people may join (a department or the lab). */
    void ownPeopleOnly(boolean own) {
        hint.setText(getTranslation(own ? "request.setup.unit.members-help.own"
                : "request.setup.unit.members-help.any"));
        if (own && association != null) {
            firm.setValue(association);
        }
        firm.setReadOnly(own && association != null);
    }

    void setMembers(List<UserAccount> people) {
        members.clear();
        members.addAll(people);
        shown.setItems(members);
        offerPeople();
    }

    Set<UUID> memberIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        members.forEach(u -> ids.add(u.id()));
        return ids;
    }

    List<UserAccount> members() {
        return List.copyOf(members);
    }

    void addChosen() {
        UserAccount chosen = person.getValue();
        if (chosen != null && !memberIds().contains(chosen.id())) {
            members.add(chosen);
            shown.setItems(members);
            person.clear();
            offerPeople();
            onChange.run();
        }
    }

    private void remove(UserAccount member) {
        members.removeIf(u -> u.id().equals(member.id()));
        shown.setItems(members);
        offerPeople();
        onChange.run();
    }

    /** The chosen firm's people who may sign in and are not members yet. */
    private void offerPeople() {
        Firm chosen = firm.getValue();
        Set<UUID> already = memberIds();
        person.setItems(chosen == null ? List.of() : UiCalls.fetch(accounts.usersOfFirm(actor, chosen.id()))
                .filter(UserAccount::active).filter(u -> !already.contains(u.id()))
                .sorted(Comparator.comparing(UserAccount::displayName)).toList());
    }

    private String firmName(UUID id) {
        Firm f = firms.get(id);
        return f == null ? "" : f.name(getLocale());
    }
}
