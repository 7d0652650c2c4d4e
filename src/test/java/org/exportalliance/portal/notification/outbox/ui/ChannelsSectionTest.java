package org.exportalliance.portal.notification.outbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.exportalliance.portal.firm.people.ui.MyAccountView;
import org.exportalliance.portal.firm.ui.MyFirmView;
import org.exportalliance.portal.notification.outbox.ChannelKind;
import org.exportalliance.portal.notification.outbox.NoticeChannel;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class ChannelsSectionTest extends SpringBrowserlessTest {

    /** Another browserless test saves English for firmadmin; these read the page in the default language. */
    @BeforeEach
    void chinese() {
        UI.getCurrent().setLocale(PortalLocales.CHINESE);
    }

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

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_admin_saves_the_firms_dingtalk_robot_on_my_firm_sees_only_a_hint_and_removing_it_asks_first() {
        navigate(MyFirmView.class);
        ChannelsSection section = $(ChannelsSection.class).single();
        assertThat(section.grid.getId()).hasValue("firm-channels");
        assertThat(section.email.isVisible()).as("a firm has no e-mail channel of its own").isFalse();
        String token = UUID.randomUUID().toString().replace("-", "");
        String secret = "SEC" + UUID.randomUUID().toString().replace("-", "");
        test(section.dingTalkToken).setValue(token);
        test(section.dingTalkSecret).setValue(secret);
        test(section.saveDingTalk).click();
        await(() -> section.dingTalkSecret.getValue().isEmpty());
        await(() -> section.grid.getGenericDataView().getItems().anyMatch(c -> c.kind() == ChannelKind.DINGTALK));
        NoticeChannel saved = section.grid.getGenericDataView().getItems()
                .filter(c -> c.kind() == ChannelKind.DINGTALK).findFirst().orElseThrow();
        assertThat(saved.firmId()).isNotNull();
        int row = section.grid.getGenericDataView().getItems().toList().indexOf(saved);
        assertThat(test(section.grid).getCellText(row, 1)).isEqualTo("已保存 · 尾号 " + token.substring(28))
                .doesNotContain(secret);

        Button remove = test(section.grid).getCellComponent(row, 2).getChildren()
                .filter(c -> c.hasClassName("remove-channel")).map(Button.class::cast).findFirst().orElseThrow();
        test(remove).click();
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.getHeaderTitle()).isEqualTo("移除钉钉机器人？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).startsWith("发给本企业的通知");
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !asked.isOpened());
        await(() -> section.grid.getGenericDataView().getItems().noneMatch(c -> c.id().equals(saved.id())));
        assertThat(section.grid.getGenericDataView().getItems()).extracting(NoticeChannel::id)
                .doesNotContain(saved.id());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_who_is_no_admin_reads_who_chooses_the_firms_channels_and_gets_no_form_for_them() {
        navigate(MyFirmView.class);
        assertThat($(ChannelsSection.class).all()).isEmpty();
        assertThat($(Paragraph.class).id("firm-channels-admins-only").getText()).contains("管理员");
    }
}
