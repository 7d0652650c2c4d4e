package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Vaadin's own texts in pickers and uploads follow the reader's language, not Vaadin's English defaults. */
@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class ComponentLanguageTest extends SpringBrowserlessTest {

    @Test
    void pickers_and_uploads_speak_chinese_in_the_chinese_ui() {
        navigate("", FairCatalogueView.class);

        DatePicker date = DatePickerLanguage.datePicker();
        assertThat(date.getI18n().getMonthNames().getFirst()).isEqualTo("一月");
        assertThat(date.getI18n().getToday()).isEqualTo("今天");
        assertThat(date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        DateTimePicker moment = DatePickerLanguage.dateTimePicker();
        assertThat(moment.getDatePickerI18n().getMonthNames().getFirst()).isEqualTo("一月");
        assertThat(moment.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        Upload upload = UploadLanguage.upload();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("上传文件…");
    }

    @Test
    void and_english_once_the_reader_switches() {
        navigate("", FairCatalogueView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        DatePicker date = DatePickerLanguage.datePicker();
        assertThat(date.getI18n().getMonthNames().getFirst()).isEqualTo("January");
        assertThat(date.getI18n().getToday()).isEqualTo("Today");
        assertThat(UploadLanguage.upload().getI18n().getAddFiles().getOne()).doesNotContain("上传");
    }
}
