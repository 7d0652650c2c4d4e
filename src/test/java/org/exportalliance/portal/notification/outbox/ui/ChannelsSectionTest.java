package org.exportalliance.portal.notification.outbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.exportalliance.portal.firm.people.ui.MyAccountView;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class ChannelsSectionTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_saved_robot_key_shows_only_its_last_four_characters_and_a_bad_one_is_refused_at_its_field() {
        navigate(MyAccountView.class);
        ChannelsSection section = $(ChannelsSection.class).single();
        test(section.wecomKey).setValue("not a key!");
        test(section.saveWeCom).click();
        await(section.wecomKey::isInvalid);

        String key = UUID.randomUUID().toString();
        test(section.wecomKey).setValue(key);
        test(section.saveWeCom).click();
        await(() -> section.wecomKey.getValue().isEmpty());
        await(() -> section.grid.getGenericDataView().getItems().anyMatch(c -> c.hint() != null));
        assertThat(section.grid.getGenericDataView().getItems().map(c -> c.hint()))
                .contains(key.substring(key.length() - 4));
        assertThat(test(section.grid).getCellText(0, 1)).isEqualTo("已保存 · 尾号 " + key.substring(key.length() - 4))
                .doesNotContain(key);
    }
}
