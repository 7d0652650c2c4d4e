package org.exportalliance.portal.lead.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.lead.ClaimWindow;
import org.exportalliance.portal.lead.Contact;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadPage;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.importing.ui.LeadImportView;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.RowClicks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class LeadsViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired FirmService firms;
    @Autowired Actors actors;
    @Autowired Clock clock;


    private static List<UUID> ids(Grid<LeadRow> grid) {
        return grid.getGenericDataView().getItems().map(row -> row.lead().id()).toList();
    }

    private static List<String> companies(Grid<LeadRow> grid) {
        return grid.getGenericDataView().getItems().map(row -> row.lead().companyName()).toList();
    }

    private List<String> notices() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private Lead create(Actor actor, String name, Visibility visibility) {
        return leads.create(actor, Leads.draft(name, "IT", visibility)).block(WAIT).lead();
    }

    private String statusCell(LeadsView view, int row) {
        Grid<LeadRow> grid = view.grid;
        return test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("status")));
    }

    /** Opens the new-lead form and fills what an Italian weaving buyer from a fair needs, with one contact. */
    private LeadForm newItalianWeavingLead(String name) {
        LeadsView view = navigate(LeadsView.class);
        test(view.create).click();
        LeadForm form = $(LeadForm.class).single();
        form.company.setValue(name);
        form.country.setValue("IT");
        form.categories.setValue(Set.of("WEAVING"));
        form.source.setValue(LeadSource.FAIR);
        form.contacts.rows.getFirst().name().setValue("Marco Bianchi");
        return form;
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_toolbar_leads_to_the_import_and_offers_the_export() {
        LeadsView view = navigate(LeadsView.class);

        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("lead-export").getText()).contains("导出 Excel");
        test($(com.vaadin.flow.component.button.Button.class).id("lead-import")).click();

        assertThat(getCurrentView()).isInstanceOf(LeadImportView.class);
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_list_shows_what_the_firm_may_see_and_not_another_firms_private_lead() {
        Lead own = create(actors.member(), Leads.uniqueName(), Visibility.PRIVATE);
        Lead broadcast = create(actors.of("leader"), Leads.uniqueName(), Visibility.ALLIANCE);
        Lead othersPrivate = create(actors.member2(), Leads.uniqueName(), Visibility.PRIVATE);

        LeadsView view = navigate(LeadsView.class);
        assertThat(view.grid.getColumnByKey("company").getHeaderText()).isEqualTo("公司");
        assertThat(ids(view.grid)).contains(own.id(), broadcast.id()).doesNotContain(othersPrivate.id());

        view.text.setValue(own.companyName());
        assertThat(ids(view.grid)).containsExactly(own.id());
        view.text.setValue(othersPrivate.companyName());
        assertThat(ids(view.grid)).isEmpty();
        view.text.clear();
        test(view.ownOnly).click();
        assertThat(ids(view.grid)).contains(own.id()).doesNotContain(broadcast.id());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_form_marks_a_bad_email_on_that_contact_and_saves_nothing() {
        String name = Leads.uniqueName();
        LeadForm form = newItalianWeavingLead(name);
        test(form.contacts.add).click();
        form.contacts.rows.get(1).name().setValue("Giulia Rossi");
        form.contacts.rows.get(1).email().setValue("giulia@@rossi");

        test(form.save).click();
        await(() -> form.save.isEnabled());

        var email = $(com.vaadin.flow.component.textfield.TextField.class).id("lead-contact-1-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("请输入有效的电子邮箱地址");
        assertThat(form.contacts.rows.getFirst().email().isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(leads.search(actors.member(), new LeadFilter(null, null, null, name, false), LeadPage.of(0, 10))
                .collectList().block(WAIT)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void saving_a_valid_lead_adds_a_row_and_can_register_the_buyer_for_the_firm() {
        String name = Leads.uniqueName();
        LeadsView view = navigate(LeadsView.class);
        test(view.create).click();
        LeadForm form = $(LeadForm.class).single();
        assertThat(form.sharing.visibility.getValue()).isEqualTo(Visibility.PRIVATE);
        form.company.setValue(name);
        form.country.setValue("DE");
        form.city.setValue("Mönchengladbach");
        form.website.setValue("https://www.example-weberei.de");
        form.categories.setValue(Set.of("WEAVING"));
        form.value.setValue(new java.math.BigDecimal("250000"));
        form.currency.setValue("EUR");
        form.source.setValue(LeadSource.FAIR);
        form.contacts.rows.getFirst().name().setValue("Anna Weber");
        form.contacts.rows.getFirst().phone().setValue("02161 123456");
        form.alsoClaim.setValue(true);

        test(form.save).click();
        await(() -> !form.isOpened() && companies(view.grid).contains(name) && !statusCell(view, 0).isEmpty());

        assertThat(form.isOpened()).as("saved and closed; still marked: %s", java.util.stream.Stream.of(form.company,
                form.website, form.contacts.rows.getFirst().phone()).filter(f -> f.isInvalid())
                .map(f -> f.getId().orElse("") + " " + f.getErrorMessage()).toList()).isFalse();
        assertThat(companies(view.grid).getFirst()).isEqualTo(name);
        Claim claim = claims.list(actors.member(), true, 0, 50).filter(c -> c.companyName().equals(name))
                .blockFirst(WAIT);
        assertThat(claim.categories()).containsExactly("WEAVING");
        String until = Formats.date(ClaimWindow.lastDay(claim.validUntil(), clock.getZone()), Locale.SIMPLIFIED_CHINESE);
        assertThat(statusCell(view, 0)).isEqualTo("本企业已登记（织造机械）至 " + until);
        assertThat(test(view.grid).getCellText(0, view.grid.getColumns().indexOf(view.grid.getColumnByKey("value"))))
                .contains("250,000");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_detail_reveals_the_contacts_with_the_phone_in_e164() {
        String name = Leads.uniqueName();
        leads.create(actors.member(), Leads.withContact(Leads.draft(name, "IT", Visibility.PRIVATE),
                new ContactDraft("Marco Bianchi", "Buyer", "marco@tessitura.example", "031 555 0123", null, null)))
                .block(WAIT);
        LeadsView view = navigate(LeadsView.class);
        view.text.setValue(name);
        test(view.grid).clickRow(0);
        await(() -> !$(LeadDetailDialog.class).all().isEmpty());
        LeadDetailDialog detail = $(LeadDetailDialog.class).single();
        assertThat(detail.contacts.isVisible()).isFalse();
        assertThat(detail.edit.isVisible()).as("the owner firm edits").isTrue();

        test(detail.reveal).click();
        await(() -> detail.contacts.isVisible());

        assertThat(detail.contacts.getGenericDataView().getItems().map(Contact::phone))
                .containsExactly("+390315550123");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_member_sees_only_the_blind_signal_of_a_claimed_buyer() {
        String name = Leads.uniqueName();
        Lead lead = create(actors.of("leader"), name, Visibility.ALLIANCE);
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block(WAIT);
        String until = Formats.date(ClaimWindow.lastDay(claim.validUntil(), clock.getZone()), Locale.SIMPLIFIED_CHINESE);
        Firm firmA = firms.firmOf(actors.member()).block(WAIT);

        LeadsView view = navigate(LeadsView.class);
        view.text.setValue(name);
        assertThat(ids(view.grid)).containsExactly(lead.id());
        String status = statusCell(view, 0);
        assertThat(status).isEqualTo("另一成员已登记（织造机械）至 " + until)
                .doesNotContain(firmA.nameZh()).doesNotContain(firmA.nameEn());

        view.openDetail(lead.id());
        await(() -> !$(LeadDetailDialog.class).all().isEmpty());
        LeadDetailDialog detail = $(LeadDetailDialog.class).single();
        assertThat(detail.holds.getText()).isEqualTo(status);
        assertThat(detail.edit.isVisible()).as("not the owner").isFalse();

        test(detail.claim).click();
        assertThat(detail.claimCategories.getValue()).containsExactly("WEAVING");
        test(detail.confirmClaim).click();
        await(() -> detail.message.isVisible());
        assertThat(detail.message.getText()).isEqualTo("该买家已由另一成员登记织造机械类别，保护期至 " + until + "。")
                .doesNotContain(firmA.nameZh()).doesNotContain(firmA.nameEn());

        test(detail.reveal).click();
        await(() -> detail.message.getText().startsWith("该买家已由另一成员登记，"));
        assertThat(detail.message.getText()).isEqualTo("该买家已由另一成员登记，联系方式暂不可见。");
        assertThat(detail.contacts.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_alliance_lead_appears_live_in_an_open_list() {
        LeadsView view = navigate(LeadsView.class);
        String name = Leads.uniqueName();
        Lead lead = create(actors.of("leader"), name, Visibility.ALLIANCE);

        await(() -> ids(view.grid).contains(lead.id()) && notices().contains("新线索：" + name));

        assertThat(ids(view.grid)).contains(lead.id());
        assertThat(notices()).contains("新线索：" + name);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_edit_over_someone_elses_change_is_refused_and_keeps_the_form_open() {
        String name = Leads.uniqueName();
        Lead lead = create(actors.member(), name, Visibility.PRIVATE);
        LeadsView view = navigate(LeadsView.class);
        view.openDetail(lead.id());
        await(() -> !$(LeadDetailDialog.class).all().isEmpty());
        test($(LeadDetailDialog.class).single().edit).click();
        await(() -> !$(LeadForm.class).all().isEmpty());
        LeadForm form = $(LeadForm.class).single();
        assertThat(form.company.getValue()).isEqualTo(name);
        assertThat(form.contacts.rows.getFirst().name().getValue()).isEqualTo("Marco Bianchi");

        String meanwhile = Leads.uniqueName();
        leads.update(actors.member(), lead.id(), lead.version(), Leads.draft(meanwhile, "IT", Visibility.PRIVATE))
                .block(WAIT);
        form.company.setValue(Leads.uniqueName());
        test(form.save).click();
        await(() -> form.save.isEnabled());

        assertThat(form.isOpened()).isTrue();
        assertThat(notices()).contains("该记录已被其他人修改，请刷新后重试。");
        assertThat(leads.find(actors.member(), lead.id()).block(WAIT).lead().companyName()).isEqualTo(meanwhile);
    }

    @Test
    @WithUserDetails(value = "leader", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_chain_leader_may_share_with_the_alliance_and_picks_firms_other_than_its_own() {
        navigate(LeadsView.class);
        test($(com.vaadin.flow.component.button.Button.class).id("lead-new")).click();
        LeadForm form = $(LeadForm.class).single();
        assertThat(form.sharing.visibility.getItemEnabledProvider().test(Visibility.ALLIANCE)).isTrue();
        assertThat(form.sharing.shareFirms.isVisible()).isFalse();

        form.sharing.visibility.setValue(Visibility.SELECTED);

        assertThat(form.sharing.shareFirms.isVisible()).isTrue();
        assertThat(form.sharing.shareFirms.getListDataView().getItems().map(Firm::id))
                .isNotEmpty().doesNotContain(actors.of("leader").firmId());
        test(form.save).click();
        assertThat(form.sharing.visibility.getErrorMessage()).as("SELECTED with nobody chosen")
                .isEqualTo("“指定企业或类别”至少需要选择一家企业或一个类别");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_double_click_on_a_lead_opens_its_detail_once_and_a_single_click_opens_it_too() {
        String name = Leads.uniqueName();
        create(actors.member(), name, Visibility.PRIVATE);
        LeadsView view = navigate(LeadsView.class);
        view.text.setValue(name);
        LeadRow row = test(view.grid).getRow(0);

        RowClicks.doubleClick(view.grid, row);

        assertThat($(LeadDetailDialog.class).all()).as("one dialog, not two stacked").hasSize(1);
        $(LeadDetailDialog.class).single().close();

        RowClicks.click(view.grid, row, null, 1);
        assertThat($(LeadDetailDialog.class).all()).hasSize(1);
        assertThat($(LeadDetailDialog.class).single().getHeaderTitle()).isEqualTo(name);
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_refused_claim_shows_its_message_exactly_once_next_to_the_claim_and_not_over_the_form() {
        String name = Leads.uniqueName();
        Lead lead = create(actors.of("leader"), name, Visibility.ALLIANCE);
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block(WAIT);
        String until = Formats.date(ClaimWindow.lastDay(claim.validUntil(), clock.getZone()), Locale.SIMPLIFIED_CHINESE);
        String refusal = "该买家已由另一成员登记织造机械类别，保护期至 " + until + "。";
        LeadsView view = navigate(LeadsView.class);
        view.text.setValue(name);
        test(view.grid).clickRow(0);
        LeadDetailDialog detail = $(LeadDetailDialog.class).single();

        test(detail.claim).click();
        test(detail.confirmClaim).click();
        await(() -> detail.confirmClaim.isEnabled());

        long inline = detail.message.isVisible() && detail.message.getText().equals(refusal) ? 1 : 0;
        long toasts = notices().stream().filter(text -> text.contains(refusal)).count();
        assertThat(inline + toasts).as("shown once").isEqualTo(1);
        assertThat(inline).as("next to the claim it refused").isEqualTo(1);
        assertThat($(Notification.class).all()).noneMatch(n -> n.getPosition() == Notification.Position.MIDDLE);
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void registering_a_buyer_another_member_holds_from_the_form_says_so_once_in_a_corner() {
        String name = Leads.uniqueName();
        Lead lead = create(actors.of("leader"), name, Visibility.ALLIANCE);
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block(WAIT);
        String until = Formats.date(ClaimWindow.lastDay(claim.validUntil(), clock.getZone()), Locale.SIMPLIFIED_CHINESE);
        LeadForm form = newItalianWeavingLead(name);
        form.alsoClaim.setValue(true);

        test(form.save).click();
        await(() -> !form.isOpened() && notices().stream().anyMatch(t -> t.contains(until)));

        List<String> aboutTheHold = notices().stream().filter(t -> t.contains(until)).toList();
        assertThat(aboutTheHold).as("the refusal, not also conflict detection's signal").hasSize(1);
        assertThat($(Notification.class).all()).noneMatch(n -> n.getPosition() == Notification.Position.MIDDLE);
    }
}
