package org.exportalliance.portal.notification.webhook.allowlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHost;
import org.exportalliance.portal.notification.webhook.allowlist.AllowedHosts;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.UiTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Staff's webhook allow-list page, in Chinese: an entry added with its note, a bad one marked, one removed after asking. */
@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class AllowedHostsViewTest extends SpringBrowserlessTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired AllowedHosts hosts;
    @Autowired Actors actors;

    private static List<AllowedHost> rows(AllowedHostsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(AllowedHostsView view, String entry) {
        List<AllowedHost> shown = rows(view);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).entry().equals(entry)) {
                return i;
            }
        }
        throw new AssertionError(entry + " is not in the grid");
    }

    @Test
    void staff_add_a_block_with_a_note_see_who_added_it_and_a_catch_all_is_marked_at_its_field() {
        String net = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "." + ThreadLocalRandom.current()
                .nextInt(1, 250);
        AllowedHostsView view = navigate(AllowedHostsView.class);
        assertThat(view.getPageTitle()).startsWith("Webhook 内网白名单");
        assertThat($(Paragraph.class).id("allowed-hosts-intro").getText()).contains("云元数据");

        test(view.entry).setValue("0.0.0.0/0");
        test(view.add).click();
        UiTasks.await(view.entry::isInvalid);
        assertThat(view.entry.getErrorMessage()).isEqualTo("不能放行全部地址（0.0.0.0/0 或 ::/0）。");

        test(view.entry).setValue(net + ".5/24");
        test(view.note).setValue("协会 ERP");
        test(view.add).click();
        UiTasks.await(() -> view.entry.getValue().isEmpty());
        assertThat(view.entry.isInvalid()).isFalse();
        int row = rowOf(view, net + ".0/24");
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("地址/网段");
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("协会 ERP");
        assertThat(test(view.grid).getCellText(row, 3)).isNotBlank();
        hosts.remove(actors.staff(), rows(view).get(row).id()).block(WAIT);
    }

    @Test
    void removing_an_entry_asks_first_naming_it_and_going_back_keeps_it() {
        String net = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "." + ThreadLocalRandom.current()
                .nextInt(1, 250);
        AllowedHost listed = hosts.add(actors.staff(), new org.exportalliance.portal.notification.webhook.allowlist
                .AllowedHostDraft(net + ".0/24", "")).block(WAIT);
        AllowedHostsView view = navigate(AllowedHostsView.class);

        Button remove = (Button) test(view.grid).getCellComponent(rowOf(view, listed.entry()), "actions");
        test(remove).click();
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.getHeaderTitle()).isEqualTo("删除 " + listed.entry() + "？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains(listed.entry(), "下一次推送");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(asked.isOpened()).isFalse();
        assertThat(rows(view)).extracting(AllowedHost::entry).contains(listed.entry());

        test((Button) test(view.grid).getCellComponent(rowOf(view, listed.entry()), "actions")).click();
        Confirmation again = $(Confirmation.class).single();
        test($(Button.class).id("confirmation-confirm")).click();
        UiTasks.await(() -> !again.isOpened());
        assertThat(rows(view)).extracting(AllowedHost::entry).doesNotContain(listed.entry());
        assertThat(hosts.list(actors.staff()).collectList().block(WAIT)).extracting(AllowedHost::id)
                .doesNotContain(listed.id());
    }
}
