package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class ShellViewsTest extends SpringBrowserlessTest {

    @Test
    void the_login_view_speaks_chinese_by_default() {
        LoginView login = navigate(LoginView.class);
        assertThat(login.getPageTitle()).isEqualTo("出海联盟");
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("出海联盟");
        assertThat($(LoginForm.class).single().getElement().getPropertyRaw("i18n").toString()).contains("登录");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_start_page_opens_the_fair_catalogue_in_the_layout_with_the_users_navigation() {
        navigate("", FairCatalogueView.class);
        SideNavigation nav = $(SideNavigation.class).single();
        assertThat(nav.labels())
                .containsExactly("展会目录", "参展团", "客户线索", "客户登记", "出口订单", "本企业业绩", "联盟洞察", "企呼我应",
                        "诉求统计", "我的企业", "我的账户");
        assertThat($(com.vaadin.flow.component.html.Span.class).id("current-user").getText())
                .isEqualTo("天姥纺机 李娜");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("notification-bell").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_unknown_address_shows_a_friendly_not_found_page() {
        navigate("no/such/page", NotFoundView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("页面不存在");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_call_that_fails_unexpectedly_still_reaches_the_views_refusal_handler_without_a_second_message() {
        FairCatalogueView view = navigate("", FairCatalogueView.class);
        java.util.List<org.exportalliance.portal.platform.refusal.Refusal> heard = new java.util.ArrayList<>();

        UiCalls.run(view, reactor.core.publisher.Mono.error(new IllegalStateException("a bug")), value -> { },
                refusal -> {
                    heard.add(refusal);
                    UiCalls.showRefusal(view, refusal);
                });
        org.exportalliance.portal.support.UiTasks.await(() -> !heard.isEmpty());

        assertThat(heard).singleElement().isInstanceOf(UnexpectedFailure.class);
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .as("one notification, with the log reference")
                .singleElement().satisfies(n -> assertThat(n.getElement().getProperty("text", "")
                        + n.getElement().getTextRecursively()).doesNotContain("a bug"));
    }
}
