package org.exportalliance.portal.firm.membership.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Optional;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Enrolments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class MembersViewTest extends SpringBrowserlessTest {

    @Autowired MembershipService members;
    @Autowired Enrolments enrolments;
    @Autowired Actors actors;

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_register_with_credit_codes_and_the_former_member_under_ended() {
        MembersView view = navigate(MembersView.class);
        // Other view tests add firms of their own (support.Members: "测试企业…", no credit code): the demo's are read.
        assertThat(view.grid.getGenericDataView().getItems().filter(m -> !m.nameZh().startsWith("测试企业"))
                .map(MemberFirm::creditCode))
                .as("the demo register").hasSizeGreaterThanOrEqualTo(12)
                .allMatch(code -> code != null && code.length() == 18);
        test(view.membership).selectItem("已退会");
        assertThat(view.grid.getGenericDataView().getItems().map(MemberFirm::nameZh)).contains("新昌城南纺机有限公司");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_wrong_check_character_is_refused_next_to_the_field_and_a_good_entry_opens_the_firm() {
        MembersView view = navigate(MembersView.class);
        test(view.enrol).click();
        var draft = Enrolments.draft("ui", org.exportalliance.portal.firm.FirmKind.MEMBER);
        MemberForm form = $(MemberForm.class).single();
        test(form.nameZh).setValue(draft.nameZh());
        test(form.nameEn).setValue(draft.nameEn());
        test(form.contactName).setValue("联系人");
        String code = draft.creditCode();
        test(form.creditCode).setValue(code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"));
        test($(Button.class).id("member-save")).click();
        await(() -> form.creditCode.isInvalid());
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码的最后一位（校验位）不符，请核对代码。");
        test(form.creditCode).setValue(code);
        test($(Button.class).id("member-save")).click();
        await(() -> $(MemberView.class).exists());
        assertThat($(MemberView.class).single().title.getText()).isEqualTo(draft.nameZh());
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void suspending_lists_what_happens_and_asks_for_a_reason_first() {
        MemberFirm firm = enrolments.firm("suspendui");
        enrolments.person(firm.id());
        navigate("members/" + firm.id(), MemberView.class);
        test($(Button.class).id("member-suspend")).click();
        assertThat($(Paragraph.class).id("confirmation-text").getText())
                .contains("该企业 1 名人员将立即在所有设备上退出登录").contains("0 个有效的客户认领将结束");
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat($(TextArea.class).id("confirmation-reason").isInvalid()).as("no reason, no suspension").isTrue();
        test($(TextArea.class).id("confirmation-reason")).setValue("会费未缴");
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> members.find(actors.staff(), firm.id()).block(Duration.ofSeconds(10)).membership()
                == Membership.SUSPENDED);
        await(() -> $(Paragraph.class).id("member-status").getText().startsWith("已暂停"));
        assertThat(Optional.ofNullable(members.find(actors.staff(), firm.id()).block(Duration.ofSeconds(10))
                .membershipReason())).contains("会费未缴");
    }
}
