package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;

/** The login page says why a sign-in failed, in both languages; a busy service never reads as a wrong password. */
@BrowserlessPortalTest
class LoginMessagesTest extends SpringBrowserlessTest {

    private String errorShown(String reason) {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", reason));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_busy_service_says_so_in_chinese_and_in_english() {
        assertThat(errorShown("busy")).contains("服务繁忙").doesNotContain("用户名或密码错误");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(errorShown("busy")).contains("The service is busy")
                .doesNotContain("Incorrect username or password");
    }

    @Test
    void a_locked_name_and_a_limited_address_each_have_their_message() {
        assertThat(errorShown("locked")).contains("登录已暂时锁定");
        assertThat(errorShown("limited")).contains("登录尝试过于频繁");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(errorShown("locked")).contains("Sign-in locked for a few minutes");
        assertThat(errorShown("limited")).contains("Too many sign-in attempts");
    }

    @Test
    void a_wrong_password_keeps_its_message() {
        assertThat(errorShown("")).contains("用户名或密码错误");
    }
}
