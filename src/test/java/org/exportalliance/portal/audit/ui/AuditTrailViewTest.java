package org.exportalliance.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.audit.AuditEntry;
import org.exportalliance.portal.audit.AuditExports;
import org.exportalliance.portal.audit.AuditFilter;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.ui.FairView;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.shell.NotFoundView;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.shell.SideNavigation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired FairService fairs;

    private String entries() {
        String subject = "view-" + UUID.randomUUID();
        Duration wait = Duration.ofSeconds(10);
        audit.record(actors.staff().userId(), "fair.cancelled", "audit-view-test", subject, "Expo 2027")
                .block(wait);
        audit.record(actors.member().userId(), "traveller.passport-shown", "audit-view-test", subject, null)
                .block(wait);
        audit.record(null, "checklist.reminded", "audit-view-test", subject, "overdue").block(wait);
        return subject;
    }

    private static List<AuditEntry> rows(AuditTrailView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_newest_entries_in_words_and_filtering_by_action_narrows_the_grid() {
        String subject = entries();
        AuditTrailView view = navigate(AuditTrailView.class);
        assertThat(rows(view)).isNotEmpty();
        assertThat(view.grid.getColumnByKey("at").getHeaderText()).isEqualTo("时间");

        view.subjectId.setValue(subject);
        assertThat(rows(view)).extracting(AuditEntry::action)
                .containsExactly("checklist.reminded", "traveller.passport-shown", "fair.cancelled");
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("actor"))).isEqualTo("系统");
        assertThat(grid.getCellText(1, grid.getColumnPosition("action"))).isEqualTo("查看完整护照号码");
        assertThat(grid.getCellText(1, grid.getColumnPosition("actor"))).contains("(member)");
        assertThat(grid.getCellText(1, grid.getColumnPosition("firm"))).isEqualTo("新昌县天姥纺织机械有限公司");

        assertThat(view.action.getListDataView().getItems())
                .contains("traveller.*", "traveller.passport-shown", "fair.cancelled");
        view.action.setValue("traveller.passport-shown");
        assertThat(rows(view)).extracting(AuditEntry::action).containsExactly("traveller.passport-shown");
        view.action.setValue("fair.*");
        assertThat(rows(view)).extracting(AuditEntry::action).containsExactly("fair.cancelled");
        view.action.clear();
        view.user.setValue("member");
        assertThat(rows(view)).extracting(AuditEntry::action).containsExactly("traveller.passport-shown");
        view.user.clear();
        view.text.setValue("overdue");
        assertThat(rows(view)).extracting(AuditEntry::action).containsExactly("checklist.reminded");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_find_the_trail_in_the_navigation_and_export_what_the_filter_shows() {
        String subject = entries();
        AuditTrailView view = navigate(AuditTrailView.class);
        assertThat($(SideNavigation.class).single().labels()).contains("审计日志");
        view.subjectId.setValue(subject);
        view.from.setValue(java.time.LocalDate.of(2026, 5, 2));
        view.to.setValue(java.time.LocalDate.of(2026, 5, 1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(rows(view)).isEmpty();
        view.from.clear();
        view.to.clear();

        var xlsx = new ByteArrayOutputStream();
        test($(Anchor.class).id("audit-export")).download(xlsx);
        assertThat(xlsx.toByteArray()).as("an .xlsx is a zip").startsWith((byte) 'P', (byte) 'K');
        assertThat(audit.search(actors.staff(), AuditFilter.none().withAction(AuditExports.EXPORTED)
                        .withText("subjectId=" + subject), null, 10).block(Duration.ofSeconds(10)).entries())
                .hasSize(1);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_cannot_open_the_trail_and_has_no_menu_entry_for_it() {
        UI.getCurrent().navigate(AuditTrailView.class);
        assertThat(getCurrentView()).as("denied like an unknown address").isInstanceOf(NotFoundView.class);
        assertThat($(AuditTrailView.class).all()).isEmpty();
        assertThat($(SideNavigation.class).all()).allSatisfy(nav -> assertThat(nav.labels()).doesNotContain("审计日志"));
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_day_filters_calendars_speak_chinese() {
        AuditTrailView view = navigate(AuditTrailView.class);
        assertThat(view.from.getI18n().getMonthNames()).startsWith("一月");
        assertThat(view.to.getI18n().getWeekdays()).startsWith("星期日", "星期一");
        assertThat(view.to.getI18n().getToday()).isEqualTo("今天");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void entries_name_their_records_and_codes_in_the_readers_words_and_a_click_opens_the_record() {
        Duration wait = Duration.ofSeconds(20);
        String buyer = Leads.uniqueName();
        Lead lead = leads.create(actors.member(), Leads.draft(buyer, "IT", Visibility.PRIVATE)).block(wait).lead();
        Claim claim = claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block(wait);
        claims.advance(actors.member(), claim.id(), ClaimStage.QUOTED, null).block(wait);
        Fair fair = fairs.create(actors.staff(), Fairs.draft()).block(wait);
        AuditTrailView view = navigate(AuditTrailView.class);
        var grid = test(view.grid);

        view.subjectId.setValue(lead.id().toString());
        assertThat(grid.getCellText(0, grid.getColumnPosition("subject"))).isEqualTo("客户线索 · " + buyer);
        // A cell cut short shows the same words on hover, never the code or the uuid behind them.
        var created = grid.getRow(0);
        assertThat(view.grid.getColumnByKey("subject").getTooltipGenerator().apply(created))
                .isEqualTo("客户线索 · " + buyer);
        assertThat(view.grid.getColumnByKey("action").getTooltipGenerator().apply(created))
                .isEqualTo(grid.getCellText(0, grid.getColumnPosition("action"))).doesNotContain("lead.");
        assertThat(grid.getCellText(0, grid.getColumnPosition("detail"))).isEqualTo("仅本企业");

        view.subjectId.setValue(claim.id().toString());
        view.action.setValue("claim.stage");
        assertThat(grid.getCellText(0, grid.getColumnPosition("subject"))).isEqualTo("客户登记 · " + buyer);
        assertThat(grid.getCellText(0, grid.getColumnPosition("detail"))).isEqualTo("已报价");
        view.action.setValue("claim.submitted");
        assertThat(grid.getCellText(0, grid.getColumnPosition("detail"))).isEqualTo("织造机械");

        view.action.clear();
        view.subjectId.setValue(fair.id().toString());
        assertThat(grid.getCellText(0, grid.getColumnPosition("subject"))).isEqualTo("展会 · " + fair.nameZh());
        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(FairView.class);
        assertThat(((FairView) getCurrentView()).getPageTitle()).startsWith(fair.nameZh());
    }
}
