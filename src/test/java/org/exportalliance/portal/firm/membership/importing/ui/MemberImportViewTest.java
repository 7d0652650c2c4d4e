package org.exportalliance.portal.firm.membership.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.CODE;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.HEADERS_ZH;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.csv;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.row;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.with;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.membership.importing.MemberLists;
import org.exportalliance.portal.firm.membership.importing.MemberRow;
import org.exportalliance.portal.firm.membership.ui.MembersView;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Enrolments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class MemberImportViewTest extends SpringBrowserlessTest {

    @Autowired MembershipService members;
    @Autowired Actors actors;

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_preview_names_problems_in_chinese_and_only_a_clean_list_imports_after_asking() {
        navigate(MembersView.class);
        test($(Button.class).id("members-import")).click();
        MemberImportView view = $(MemberImportView.class).single();
        List<String> bad = with(row("ui1", false), CODE, MemberLists.wrongCheck(Enrolments.code()));

        view.received("会员名单.csv", csv(HEADERS_ZH, List.of(row("ui0", false), bad)));
        await(() -> !view.summary.getText().isEmpty());

        assertThat(view.file.getText()).isEqualTo("会员名单.csv：2 行");
        List<MemberRow> rows = view.report.getGenericDataView().getItems().toList();
        assertThat(view.problems(rows.get(0))).isEmpty();
        assertThat(view.problems(rows.get(1)))
                .isEqualTo("统一社会信用代码：统一社会信用代码的最后一位（校验位）不符，请核对代码。");
        assertThat(view.summary.getText()).isEqualTo("2 行中有 1 行存在问题，请在文件中改正后重新上传。全部无误才能导入。");
        assertThat(view.commit.isEnabled()).as("all or nothing").isFalse();

        List<String> first = row("ui2", true);
        List<String> second = row("ui3", false);
        view.received("会员名单.csv", csv(HEADERS_ZH, List.of(first, second)));
        await(() -> view.commit.isEnabled());
        assertThat(view.commit.getText()).isEqualTo("导入 2 家企业");

        test(view.commit).click();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("导入 2 家企业？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("向 1 位管理员发出邀请");
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !view.result.getText().isEmpty());

        assertThat(view.result.getText()).startsWith("已登记 2 家企业，创建 1 份邀请（其中 0 份已通过邮件发出）。");
        assertThat(view.links.isVisible()).as("no mail server: the link to pass on").isTrue();
        assertThat(view.links.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(f -> assertThat(f.invitation().link()).contains("invitation?token="));
        assertThat(members.list(actors.staff(), null, first.get(CODE), 0, 5).collectList()
                .block(Duration.ofSeconds(10))).hasSize(1);
        assertThat(view.commit.isEnabled()).as("imported once").isFalse();
        UI.getCurrent().navigate(MembersView.class);
        assertThat(getCurrentView()).as("nothing left to lose: leaves without asking").isInstanceOf(MembersView.class);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_file_without_known_headers_is_refused_and_leaving_a_checked_file_asks_first() {
        MemberImportView view = navigate(MemberImportView.class);
        view.received("客户.csv", "company,country\nAcme,IT\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        await(() -> !view.file.getText().startsWith("正在读取"));
        assertThat(view.file.getText()).isEmpty();
        assertThat(view.report.getGenericDataView().getItems()).isEmpty();

        view.received("会员名单.csv", csv(HEADERS_ZH, List.of(row("leave", false))));
        await(() -> view.commit.isEnabled());
        UI.getCurrent().navigate(MembersView.class);
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(getCurrentView()).isSameAs(view);
    }
}
