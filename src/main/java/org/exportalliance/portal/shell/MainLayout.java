package org.exportalliance.portal.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;

/** The frame around every signed-in view: title, side navigation by role, language switch and the user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(SignedIn signedIn, LocaleChoice locales, List<NavigationEntry> entries, List<NavbarWidget> widgets) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("portal-title");

        PortalUser user = signedIn.user().orElse(null);
        if (user == null) {
            // Error views can render in this layout before anyone signed in: show the bare frame.
            addToNavbar(title, new LanguageSwitch(locales));
            return;
        }
        Actor actor = user.actor();
        Span who = new Span(user.account().displayName());
        who.setId("current-user");
        who.addClassName("portal-user");
        Span roles = new Span(user.roles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(" · ")));
        roles.addClassName("portal-roles");

        Button logout = new Button(getTranslation("user.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> signedIn.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(title, new Div(), new LanguageSwitch(locales));
        widgets.forEach(widget -> bar.add(widget.create(user)));
        bar.add(who, roles, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(1));
        bar.addClassName("portal-bar");
        addToNavbar(new DrawerToggle(), bar);

        addToDrawer(new SideNavigation(entries.stream()
                .filter(entry -> entry.visibleTo(actor))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList(), getLocale(), this::getTranslation));
        setPrimarySection(Section.DRAWER);
    }

}
