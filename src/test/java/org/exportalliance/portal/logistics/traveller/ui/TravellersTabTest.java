package org.exportalliance.portal.logistics.traveller.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.ui.DelegationView;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Travellers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class TravellersTabTest extends SpringBrowserlessTest {

    @Autowired DelegationService delegations;
    @Autowired TravellerService travellers;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_adds_a_traveller_after_fixing_what_the_dialog_marks_and_sees_the_number_masked() {
        Delegation d = pages.approvedFor("member2");
        TravellersTab tab = pages.openTab(this, d, TravellersTab.class);
        assertThat(tab.seats.getText()).isEqualTo("已登记 0 / 2 人（按报名的出行人数）");
        test(tab.add).click();
        TravellerDialog dialog = $(TravellerDialog.class).single();
        dialog.fullName.setValue("张伟");
        dialog.passportNumber.setValue("E12-34");
        test(dialog.save).click();
        assertThat(dialog.fullName.isInvalid()).isTrue();
        assertThat(dialog.fullName.getErrorMessage()).startsWith("请按护照填写拉丁字母姓名");
        assertThat(dialog.passportNumber.getErrorMessage()).startsWith("护照号码应为 6–9 位");
        assertThat(dialog.dateOfBirth.isInvalid()).isTrue();
        assertThat(travellers.list(actors.member2(), d.id()).collectList().block()).isEmpty();

        dialog.fullName.setValue("wang fang");
        dialog.chineseName.setValue("王芳");
        dialog.dateOfBirth.setValue(LocalDate.of(1987, 1, 22));
        dialog.passportNumber.setValue("e8765 4321");
        dialog.passportExpiry.setValue(LocalDate.of(2032, 6, 30));
        dialog.role.setValue("技术总监");
        test(dialog.save).click();
        await(() -> tab.grid.getGenericDataView().getItems().count() == 1);
        Traveller added = tab.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(added.fullName()).isEqualTo("WANG FANG");
        HorizontalLayout passport = (HorizontalLayout) test(tab.grid).getCellComponent(0, "passport");
        Span number = (Span) passport.getComponentAt(0);
        assertThat(number.getText()).isEqualTo("E8*****21");
        assertThat(tab.seats.getText()).isEqualTo("已登记 1 / 2 人（按报名的出行人数）");

        test((Button) passport.getComponentAt(1)).click();
        await(() -> number.getText().equals("E87654321"));
        assertThat(number.getText()).isEqualTo("E87654321");

        // The letter downloads through the anchor's DownloadHandler.
        com.vaadin.flow.component.Component letters = test(tab.grid).getCellComponent(0, "letters");
        Anchor zh = (Anchor) ((HorizontalLayout) letters).getComponentAt(0);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(zh).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_passport_expiring_soon_after_the_fair_carries_the_badge() {
        Delegation d = pages.approvedFor("member2");
        // The test fair ends on 2027-05-13.
        travellers.add(actors.member2(), d.id(), Travellers.draft("LI NA", "李娜", "CN", "EB2345671",
                LocalDate.of(2027, 8, 1))).block();
        TravellersTab tab = pages.openTab(this, d, TravellersTab.class);
        HorizontalLayout expiry = (HorizontalLayout) test(tab.grid).getCellComponent(0, "expiry");
        assertThat(expiry.getChildren().filter(c -> c.hasClassName("passport-expiry-warning")).map(c -> ((Span) c)
                .getText())).containsExactly("护照在展会结束后 6 个月内到期");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_firms_travellers_and_set_a_visa_status() {
        Delegation d = pages.approvedFor("member");
        Traveller zhang = travellers.add(actors.member(), d.id(), Travellers.zhangWei()).block();
        TravellersTab tab = pages.openTab(this, d, TravellersTab.class);
        assertThat(tab.add.isVisible()).isFalse();
        assertThat(tab.grid.getGenericDataView().getItems()).extracting(Traveller::id).containsExactly(zhang.id());
        assertThat(((Span) ((HorizontalLayout) test(tab.grid).getCellComponent(0, "passport")).getComponentAt(0))
                .getText()).isEqualTo("E1*****78");
        @SuppressWarnings("unchecked")
        Select<VisaStatus> visa = (Select<VisaStatus>) test(tab.grid).getCellComponent(0, "visa");
        test(visa).selectItem("已获签");
        await(() -> travellers.find(actors.staff(), zhang.id()).block().visaStatus() == VisaStatus.GRANTED);
        assertThat(travellers.find(actors.member(), zhang.id()).block().visaStatus()).isEqualTo(VisaStatus.GRANTED);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_a_traveller_the_firm_names_while_the_tab_is_open() {
        Delegation d = pages.approvedFor("member");
        TravellersTab tab = pages.openTab(this, d, TravellersTab.class);
        assertThat(tab.grid.getGenericDataView().getItems()).isEmpty();

        Traveller zhang = travellers.add(actors.member(), d.id(), Travellers.zhangWei()).block();
        await(() -> tab.grid.getGenericDataView().getItems().count() == 1);
        assertThat(tab.grid.getGenericDataView().getItems()).as("reloaded by the live event alone")
                .extracting(Traveller::id).containsExactly(zhang.id());
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_tab_is_hidden_from_a_firm_without_an_approved_place() {
        Delegation d = pages.open();
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        assertThat(DelegationPages.tabHeader(view, TravellersTab.class).isVisible()).isFalse();
        delegations.apply(actors.member2(), d.id(), Delegations.application(1, "9")).block();
        view = navigate(DelegationView.class, d.id().toString());
        assertThat(DelegationPages.tabHeader(view, TravellersTab.class).isVisible()).as("once approved").isTrue();
    }
}
