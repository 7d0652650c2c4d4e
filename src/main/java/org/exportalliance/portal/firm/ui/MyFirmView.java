package org.exportalliance.portal.firm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.PasswordResets;
import org.exportalliance.portal.firm.people.PeopleService;
import org.exportalliance.portal.firm.people.ui.FirmPeoplePanel;
import org.exportalliance.portal.notification.outbox.ChannelSettings;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.notification.outbox.ui.ChannelsSection;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The signed-in user's own firm, its people and what it makes. Every query is scoped to the actor's firm; the firm's
 * admins (and staff) also see e-mail addresses, manage roles and invitations, set the firm's machine categories and
 * choose the firm's notice channels (its WeCom or DingTalk group robot).
 */
@Route("my-firm")
@PermitAll
public class MyFirmView extends VerticalLayout implements HasDynamicTitle {

    final FirmPeoplePanel people;
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final Button saveCategories = new Button();

    MyFirmView(FirmService firms, PeopleService peopleService, InvitationService invitations, PasswordResets resets,
            ChannelSettings channels, SignedIn signedIn, Clock clock) {
        setId("my-firm");
        Actor actor = signedIn.actor();
        H2 title = new H2();
        Paragraph facts = new Paragraph();
        FirmKind kind = UiCalls.fetchOne(firms.firmOf(actor)).map(Firm::kind).orElse(FirmKind.MEMBER);
        people = new FirmPeoplePanel(peopleService, invitations, resets, actor, actor.firmId(), kind, clock);
        add(title, facts, people);
        add(whatWeMake(firms, actor));
        add(noticeChannels(channels, actor));
        UiCalls.fetchOne(firms.firmOf(actor)).ifPresent(firm -> {
            title.setText(firm.name(getLocale()));
            facts.setText(getTranslation("firm.kind." + firm.kind().name()) + " · "
                    + getTranslation("firm.tier." + firm.membershipTier()) + " · " + firm.city()
                    + " · " + otherName(firm));
        });
    }

    /**
     * What the firm makes, from the alliance's taxonomy: its admins and staff change it, its other members read it.
     * Leads shared "with firms in chosen categories" reach the firm by these.
     */
    private VerticalLayout whatWeMake(FirmService firms, Actor actor) {
        Locale locale = getLocale();
        Map<String, MachineCategory> taxonomy = UiCalls.fetch(firms.categories())
                .collect(Collectors.toMap(MachineCategory::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        boolean mayChange = actor.isStaff() || actor.has(Role.FIRM_ADMIN);
        categories.setLabel(getTranslation("firm.categories"));
        categories.setItems(taxonomy.keySet());
        categories.setItemLabelGenerator(code -> taxonomy.containsKey(code) ? taxonomy.get(code).name(locale) : code);
        categories.setValue(UiCalls.fetchOne(firms.categoriesOf(actor.firmId())).orElse(Set.of()));
        categories.setReadOnly(!mayChange);
        categories.setWidth("min(40rem, 100%)");
        categories.setId("firm-categories");
        Paragraph why = new Paragraph(getTranslation("firm.categories.help"));
        why.setId("firm-categories-help");
        saveCategories.setText(getTranslation("firm.categories.save"));
        saveCategories.setId("firm-categories-save");
        saveCategories.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCategories.setVisible(mayChange);
        saveCategories.addClickListener(e -> {
            saveCategories.setEnabled(false);
            Set<String> chosen = Set.copyOf(categories.getValue());
            UiCalls.run(this, firms.setCategories(actor, actor.firmId(), chosen).thenReturn(chosen), saved -> {
                saveCategories.setEnabled(true);
                UiCalls.showSuccess(this, "firm.categories.saved");
            }, refused -> {
                saveCategories.setEnabled(true);
                UiCalls.showRefusal(this, refused);
            });
        });
        HorizontalLayout line = new HorizontalLayout(categories, saveCategories);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("firm.categories.title")), why, line);
        part.setPadding(false);
        return part;
    }

    /**
     * Where the firm's notices go besides each person's own channels: its WeCom or DingTalk group robot, which its
     * admins (and staff, for the association) choose; the service decides who may, and other members read why not.
     */
    private Component noticeChannels(ChannelSettings channels, Actor actor) {
        if (channels.mayChange(actor, Owner.FIRM)) {
            return new ChannelsSection(channels, actor, Owner.FIRM);
        }
        Paragraph adminsOnly = new Paragraph(getTranslation("channel.firm-admins-only"));
        adminsOnly.setId("firm-channels-admins-only");
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("channel.firm-title")), adminsOnly);
        part.setPadding(false);
        return part;
    }

    private String otherName(Firm firm) {
        return "zh".equals(getLocale().getLanguage()) ? firm.nameEn() : firm.nameZh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-firm") + " · " + getTranslation("app.title");
    }
}
