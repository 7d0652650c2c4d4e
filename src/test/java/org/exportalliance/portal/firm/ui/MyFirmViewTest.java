package org.exportalliance.portal.firm.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class MyFirmViewTest extends SpringBrowserlessTest {

    @Autowired FirmService firms;
    @Autowired Actors actors;


    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_only_their_own_firms_people_without_email_addresses() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("新昌县天姥纺织机械有限公司");
        assertThat(view.people.grid().getGenericDataView().getItems().map(UserAccount::username))
                .containsExactlyInAnyOrder("member", "firmadmin");
        assertThat(view.people.grid().getColumnByKey("email")).isNull();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_admin_also_sees_email_addresses() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat(view.people.grid().getColumnByKey("email")).isNotNull();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_firms_member_sees_their_own_firm() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat(view.people.grid().getGenericDataView().getItems().map(UserAccount::username))
                .containsExactly("member2");
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_admin_saves_what_the_firm_makes() {
        UUID firm = actors.of("firmadmin").firmId();
        Set<String> before = firms.categoriesOf(firm).block(Duration.ofSeconds(10));
        try {
            MyFirmView view = navigate(MyFirmView.class);
            assertThat(view.categories.isReadOnly()).isFalse();
            assertThat(view.categories.getValue()).isEqualTo(before);
            view.categories.setValue(Set.of("WEAVING", "BEARINGS_PARTS"));
            test(view.saveCategories).click();
            await(() -> view.saveCategories.isEnabled());
            assertThat(firms.categoriesOf(firm).block(Duration.ofSeconds(10)))
                    .containsExactlyInAnyOrder("WEAVING", "BEARINGS_PARTS");
        } finally {
            firms.setCategories(actors.of("firmadmin"), firm, before).block(Duration.ofSeconds(10));
        }
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_ordinary_member_reads_the_firms_categories_without_changing_them() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat(view.categories.isReadOnly()).isTrue();
        assertThat(view.saveCategories.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("firm-categories-help").getText()).contains("指定企业或类别");
    }
}
