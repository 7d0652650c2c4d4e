package org.exportalliance.portal.firm.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The signed-in user's own firm and its people. Every query is scoped to the actor's firm; e-mail addresses are shown
 * to the firm's admins and to staff only.
 */
@Route("my-firm")
@PermitAll
public class MyFirmView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserAccount> people = new Grid<>();

    MyFirmView(FirmService firms, AccountService accounts, SignedIn signedIn) {
        setId("my-firm");
        Actor actor = signedIn.actor();
        H2 title = new H2();
        Paragraph facts = new Paragraph();
        add(title, facts, people);
        UiCalls.fetchOne(firms.firmOf(actor)).ifPresent(firm -> {
            title.setText(firm.name(getLocale()));
            facts.setText(getTranslation("firm.kind." + firm.kind().name()) + " · "
                    + getTranslation("firm.tier." + firm.membershipTier()) + " · " + firm.city()
                    + " · " + otherName(firm));
        });
        boolean seesEmail = actor.has(Role.FIRM_ADMIN) || actor.isStaff();
        people.setId("firm-people");
        people.addColumn(UserAccount::displayName).setHeader(getTranslation("firm.person.name"));
        people.addColumn(UserAccount::username).setHeader(getTranslation("firm.person.username"));
        people.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("firm.person.roles"));
        if (seesEmail) {
            people.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("firm.person.email"))
                    .setKey("email");
        }
        people.setItems(UiCalls.fetch(accounts.usersOfFirm(actor, actor.firmId())).toList());
        people.setAllRowsVisible(true);
    }

    private String otherName(Firm firm) {
        return "zh".equals(getLocale().getLanguage()) ? firm.nameEn() : firm.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-firm") + " · " + getTranslation("app.title");
    }
}
