package org.exportalliance.portal.lead.importing.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.exportalliance.portal.lead.importing.ImportMode;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.exportalliance.portal.lead.ui.LeadsView;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Leads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class LeadImportViewTest extends SpringBrowserlessTest {

    @Autowired DatabaseClient db;


    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_uploads_a_sheet_checks_the_mapped_rows_in_chinese_and_imports_the_good_ones() {
        String good = Leads.uniqueName();
        String bad = Leads.uniqueName();
        byte[] file = ("公司名称,国家,联系人,邮箱,产品类别,Lieblingsfarbe\n"
                + good + ",意大利,Anna Verdi,anna@" + good.replace(' ', '-').toLowerCase() + ".it,织造机械,blau\n"
                + bad + ",IT,Luca,luca@,WEAVING,rot\n").getBytes(StandardCharsets.UTF_8);
        LeadImportView view = navigate(LeadImportView.class);

        view.received("badge-scans.csv", file);
        await(() -> view.file.getText().contains("2"));

        assertThat(view.file.getText()).isEqualTo("badge-scans.csv：2 行");
        assertThat(view.mappingForm.fields).extracting(f -> f.getValue()).containsExactly(LeadColumn.COMPANY,
                LeadColumn.COUNTRY, LeadColumn.CONTACT_NAME, LeadColumn.EMAIL, LeadColumn.CATEGORIES, null);
        assertThat(view.mappingForm.fields.get(5).getLabel()).isEqualTo("Lieblingsfarbe");
        assertThat(view.commit.isEnabled()).as("nothing to import before the check").isFalse();

        test(view.check).click();
        await(() -> !view.preview.summary.getText().isEmpty());

        assertThat(view.preview.summary.getText()).isEqualTo("共 2 行：1 行可导入，1 行无效，0 行重复，0 行已被其他成员登记。");
        assertThat(view.preview.messagesByRow()).containsEntry(2, "").containsEntry(3, "邮箱: 请输入有效的电子邮箱地址");

        view.mode.setValue(ImportMode.GOOD_ROWS);
        test(view.commit).click();
        // An import cannot be undone: it asks first, and nothing is saved until confirmed.
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("导入 1 条线索？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("仅本企业");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(countOf(good, bad)).isZero();
        test(view.commit).click();
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !view.outcome.result.getText().isEmpty());

        assertThat(view.outcome.result.getText()).isEqualTo("已导入 1 条线索（其中 0 条已被其他成员登记），跳过 1 行。");
        assertThat(view.outcome.progress.getValue()).isEqualTo(1.0);
        assertThat(countOf(good, bad)).isEqualTo(1L);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void leaving_with_a_file_read_and_not_imported_asks_first() {
        String company = Leads.uniqueName();
        LeadImportView view = navigate(LeadImportView.class);
        view.received("scans.csv", ("company,country\n" + company + ",IT\n").getBytes(StandardCharsets.UTF_8));
        await(() -> view.file.getText().contains("1"));

        UI.getCurrent().navigate(LeadsView.class);

        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(getCurrentView()).isSameAs(view);
        UI.getCurrent().navigate(LeadsView.class);
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(getCurrentView()).isInstanceOf(LeadsView.class);
    }

    private long countOf(String... companies) {
        return db.sql("select count(*) from lead where company_name = any(:names)").bind("names", companies)
                .map(r -> r.get(0, Long.class)).one().block();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_file_that_is_no_spreadsheet_is_refused_and_shows_no_steps() {
        LeadImportView view = navigate(LeadImportView.class);

        view.received("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        await(() -> !view.file.getText().startsWith("正在读取"));

        assertThat(view.file.getText()).isEmpty();
        assertThat(view.mappingForm.fields).isEmpty();
        // The upload box is the shell's, in the reader's language, and keeps its id for the browser tests.
        Upload box = $(Upload.class).id("lead-import-upload");
        assertThat(box.getI18n().getAddFiles().getOne()).isEqualTo("上传文件…");
        assertThat(box.getMaxFiles()).isEqualTo(1);
        assertThat(view.check.isVisible() && view.check.getParent().map(p -> p.isVisible()).orElse(false))
                .isFalse();
    }
}
