package org.exportalliance.portal.firm.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class MyAccountViewTest extends SpringBrowserlessTest {

    @Autowired ApiTokenService tokens;

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_wrong_current_password_is_refused_next_to_its_field_and_a_weak_one_next_to_the_new() {
        MyAccountView view = navigate(MyAccountView.class);
        NewPasswordFields fields = $(NewPasswordFields.class).first();
        test(view.current).setValue("not my password");
        test(fields.password).setValue("a long enough sentence 12");
        test(fields.repeat).setValue("a long enough sentence 12");
        test(view.savePassword).click();
        await(() -> view.current.isInvalid());
        assertThat(view.current.getErrorMessage()).isEqualTo("当前密码不正确");

        test(view.current).setValue("demo1234");
        test(fields.password).setValue("password1234");
        assertThat(fields.strength.getText()).as("the hint while typing").contains("常见");
        test(fields.repeat).setValue("password1234");
        test(view.savePassword).click();
        await(() -> fields.password.isInvalid());
        assertThat(fields.password.getErrorMessage()).contains("常见");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_new_token_shows_its_secret_once_and_works() {
        navigate(MyAccountView.class);
        TokensSection section = $(TokensSection.class).single();
        test(section.name).setValue("ERP 对接 " + System.nanoTime());
        test(section.create).click();
        await(() -> section.secret.isVisible());
        assertThat(tokens.authenticate(section.secret.getValue()).blockOptional(Duration.ofSeconds(10))).isPresent();
        assertThat(section.grid.getGenericDataView().getItems().map(t -> t.name()))
                .anyMatch(n -> n.startsWith("ERP 对接"));
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_second_factor_is_optional_for_a_member_and_offered_with_a_qr_code() {
        navigate(MyAccountView.class);
        assertThat($(SecondFactorSection.class).single().status.getText()).isEqualTo("未启用（可选）");
        SecondFactorSetup setup = $(SecondFactorSetup.class).single();
        assertThat(setup.key.getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
    }
}
