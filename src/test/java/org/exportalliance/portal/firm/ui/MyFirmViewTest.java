package org.exportalliance.portal.firm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class MyFirmViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_only_their_own_firms_people_without_email_addresses() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("新昌县天姥纺织机械有限公司");
        assertThat(view.people.getGenericDataView().getItems().map(UserAccount::username))
                .containsExactlyInAnyOrder("member", "firmadmin");
        assertThat(view.people.getColumnByKey("email")).isNull();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_admin_also_sees_email_addresses() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat(view.people.getColumnByKey("email")).isNotNull();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_firms_member_sees_their_own_firm() {
        MyFirmView view = navigate(MyFirmView.class);
        assertThat(view.people.getGenericDataView().getItems().map(UserAccount::username))
                .containsExactly("member2");
    }
}
