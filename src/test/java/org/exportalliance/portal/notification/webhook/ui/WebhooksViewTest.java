package org.exportalliance.portal.notification.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.webhook.CreatedEndpoint;
import org.exportalliance.portal.notification.webhook.DeliveryRecord;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.notification.webhook.WebhookEndpointDraft;
import org.exportalliance.portal.notification.webhook.WebhookEndpoints;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.NotFoundView;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.RowClicks;
import org.exportalliance.portal.shell.SideNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The webhooks page in Chinese: a firm admin's endpoints with the demo's states, adding one (its secret shown once),
 * rotating after asking, a private address refused on its field, the delivery log with "send again", staff's scope,
 * and the page refused to a member who is not a firm admin.
 */
@BrowserlessPortalTest
class WebhooksViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** A documentation address (TEST-NET-3): public, so the guard passes it without looking a name up. */
    private static final String PUBLIC = "https://203.0.113.7/hooks/";

    @Autowired WebhookEndpoints endpoints;
    @Autowired Members members;
    @Autowired Actors actors;

    /** Another browserless test saves English for firmadmin; these read the page in the default language. */
    @BeforeEach
    void chinese() {
        UI.getCurrent().setLocale(PortalLocales.CHINESE);
    }

    private static List<WebhookEndpoint> rows(WebhooksView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private static WebhookEndpoint row(WebhooksView view, String urlPart) {
        return rows(view).stream().filter(e -> e.url().contains(urlPart)).findFirst()
                .orElseThrow(() -> new AssertionError(urlPart + " is not listed"));
    }

    private List<Notification> errors() {
        return $(Notification.class).all().stream().filter(n -> n.getThemeNames().contains("error")).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private CreatedEndpoint registered(Actor admin, String url) {
        return endpoints.create(admin, new WebhookEndpointDraft(url, "测试", List.of(WebhookEventType.CLAIM_DECIDED)))
                .block(WAIT);
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_admin_sees_the_firms_endpoints_with_their_events_state_and_last_outcome_and_never_another_firms() {
        Actor otherAdmin = members.newFirm("whui", Role.MEMBER, Role.FIRM_ADMIN).block(WAIT);
        CreatedEndpoint theirs = registered(otherAdmin, PUBLIC + "other-" + unique());
        WebhooksView view = navigate(WebhooksView.class);

        WebhookEndpoint erp = row(view, "://erp.tianmu-textile.example");
        assertThat(WebhookLabels.events(view, erp.events())).isEqualTo("订单阶段变更、企业诉求更新");
        assertThat(WebhookLabels.state(view, erp)).isEqualTo("已启用");
        // Another view test's request or order may have queued a newer delivery for the demo's ERP since.
        assertThat(view.lastDelivery(erp)).matches("^(重试中|待发送)（.+）$");
        assertThat(WebhookLabels.state(view, row(view, "://old-erp.tianmu-textile.example")))
                .isEqualTo("已停用：接收方答复 410（不再接收）");
        assertThat(rows(view)).extracting(WebhookEndpoint::id).doesNotContain(theirs.endpoint().id());
        assertThat(rows(view)).allSatisfy(e -> assertThat(e.firmId()).isEqualTo(actors.of("firmadmin").firmId()));
        assertThat(view.scope.isAttached()).as("a firm has one scope, its own").isFalse();
        assertThat($(SideNavigation.class).all()).anySatisfy(nav -> assertThat(nav.paths()).contains("webhooks"));
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void adding_an_endpoint_shows_its_secret_once_with_a_warning_and_never_again() {
        String url = PUBLIC + "erp-" + unique();
        WebhooksView view = navigate(WebhooksView.class);
        test(view.add).click();
        WebhookEndpointDialog dialog = $(WebhookEndpointDialog.class).single();
        assertThat(dialog.events.getItemLabelGenerator().apply(WebhookEventType.REQUEST_UPDATED))
                .isEqualTo("企业诉求更新");
        dialog.url.setValue(url);
        dialog.description.setValue("新 ERP");
        dialog.events.setValue(Set.of(WebhookEventType.ORDER_STAGE_CHANGED, WebhookEventType.REQUEST_UPDATED));
        test(dialog.save).click();

        await(() -> !$(WebhookSecretDialog.class).all().isEmpty());
        WebhookSecretDialog shown = $(WebhookSecretDialog.class).single();
        String secret = shown.secret.getValue();
        assertThat(secret).startsWith("whsec_");
        assertThat(shown.warning.getText()).contains("只显示这一次");
        assertThat(shown.overlap.isVisible()).as("nothing overlaps on a new endpoint").isFalse();
        assertThat(shown.isCloseOnEsc()).isFalse();
        assertThat(shown.isCloseOnOutsideClick()).isFalse();
        WebhookEndpoint added = row(view, url);
        assertThat(added.events()).containsExactly(WebhookEventType.ORDER_STAGE_CHANGED,
                WebhookEventType.REQUEST_UPDATED);

        test(shown.done).click();
        assertThat($(WebhookSecretDialog.class).all()).isEmpty();
        view.open(added);
        WebhookRecordDialog record = $(WebhookRecordDialog.class).single();
        assertThat(record.fact("webhook.description")).isEqualTo("新 ERP");
        assertThat($(TextField.class).all()).noneSatisfy(f -> assertThat(f.getValue()).isEqualTo(secret));
        assertThat(errors()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void rotating_a_secret_asks_first_explains_the_overlap_and_then_shows_the_new_secret_once() {
        CreatedEndpoint before = registered(actors.of("firmadmin"), PUBLIC + "rotate-" + unique());
        WebhooksView view = navigate(WebhooksView.class);
        Confirmation asking = view.confirmRotate(row(view, before.endpoint().url()));

        assertThat($(Confirmation.class).single().isOpened()).isTrue();
        assertThat(asking.getHeaderTitle()).isEqualTo("更换签名密钥");
        assertThat(asking.getChildren().filter(c -> c.getId().orElse("").equals("confirmation-text")).findFirst()
                .orElseThrow().getElement().getText())
                .contains(before.endpoint().url()).contains("24 小时").contains("新旧两个密钥会同时为每次推送签名");
        assertThat(endpoints.find(actors.of("firmadmin"), before.endpoint().id()).block(WAIT)
                .rotationOverlapUntil()).as("nothing rotates before the confirmation").isNull();

        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !$(WebhookSecretDialog.class).all().isEmpty());
        WebhookSecretDialog shown = $(WebhookSecretDialog.class).single();
        assertThat(shown.secret.getValue()).startsWith("whsec_").isNotEqualTo(before.secret().value());
        assertThat(shown.overlap.isVisible()).isTrue();
        assertThat(shown.overlap.getText()).contains("旧密钥在").contains("之前仍会同时签名");
        assertThat(endpoints.find(actors.of("firmadmin"), before.endpoint().id()).block(WAIT)
                .rotationOverlapUntil()).isNotNull();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_private_network_address_is_refused_on_the_url_field_once_and_nothing_is_registered() {
        String url = "http://10.20.30.40/erp/" + unique();
        WebhooksView view = navigate(WebhooksView.class);
        test(view.add).click();
        WebhookEndpointDialog dialog = $(WebhookEndpointDialog.class).single();
        dialog.url.setValue(url);
        dialog.events.setValue(Set.of(WebhookEventType.ORDER_STAGE_CHANGED));
        test(dialog.save).click();

        await(() -> dialog.url.isInvalid());
        assertThat(dialog.url.getErrorMessage()).isEqualTo("地址指向内网，已拒绝。");
        assertThat(dialog.events.isInvalid()).isFalse();
        assertThat(errors()).as("said on the field, not also in a corner").isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.save.isEnabled()).as("the form can be sent again").isTrue();
        assertThat(endpoints.list(actors.of("firmadmin")).map(WebhookEndpoint::url).collectList().block(WAIT))
                .doesNotContain(url);

        dialog.url.setValue("ftp://erp.example.com/hooks");
        test(dialog.save).click();
        await(() -> dialog.url.getErrorMessage().contains("http"));
        assertThat(dialog.url.getErrorMessage()).isEqualTo("只接受以 http 或 https 开头的地址。");
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_click_opens_the_delivery_log_and_a_failed_delivery_is_sent_again_with_its_id() {
        WebhooksView view = navigate(WebhooksView.class);
        RowClicks.click(view.grid, row(view, "://erp.tianmu-textile.example"), "url", 1);
        WebhookRecordDialog record = $(WebhookRecordDialog.class).single();
        List<DeliveryRecord> log = record.deliveries.getGenericDataView().getItems().toList();
        assertThat(log).hasSizeGreaterThanOrEqualTo(4);
        assertThat(log).extracting(d -> WebhookLabels.outcome(record, d)).contains("重试中", "已送达", "失败");
        DeliveryRecord failed = log.stream().filter(d -> d.status().equals("FAILED")).findFirst().orElseThrow();
        assertThat(WebhookLabels.statusCode(failed)).isEqualTo("400");
        assertThat(WebhookLabels.reason(record, failed)).isEqualTo("接收方答复 HTTP 400");
        DeliveryRecord retrying = log.stream().filter(d -> d.status().equals("PENDING") && d.attempts() > 0)
                .findFirst().orElseThrow();
        assertThat(retrying.attempts()).isEqualTo(3);
        assertThat(WebhookLabels.statusCode(retrying)).as("the last attempt timed out").isEqualTo("—");
        assertThat(record.fact("webhook.state")).isEqualTo("已启用");

        record.again(failed);
        await(() -> record.deliveries.getGenericDataView().getItems()
                .anyMatch(d -> d.id().equals(failed.id()) && d.status().equals("PENDING")));
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("已安排重新发送（推送编号不变）。");
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_edit_saves_at_the_version_it_read_and_one_made_stale_by_another_edit_is_refused_once() {
        CreatedEndpoint before = registered(actors.of("firmadmin"), PUBLIC + "edit-" + unique());
        WebhooksView view = navigate(WebhooksView.class);
        view.edit(row(view, before.endpoint().url()));
        WebhookEndpointDialog dialog = $(WebhookEndpointDialog.class).single();
        assertThat(dialog.enabled.isVisible()).isTrue();
        dialog.enabled.setValue(false);
        dialog.events.setValue(Set.of(WebhookEventType.CLAIM_DECIDED, WebhookEventType.APPLICATION_DECIDED));
        test(dialog.save).click();
        await(() -> !dialog.isOpened());
        WebhookEndpoint edited = row(view, before.endpoint().url());
        assertThat(WebhookLabels.state(view, edited)).isEqualTo("已停用");
        assertThat(edited.events()).containsExactly(WebhookEventType.APPLICATION_DECIDED,
                WebhookEventType.CLAIM_DECIDED);

        view.edit(edited);
        WebhookEndpointDialog stale = $(WebhookEndpointDialog.class).single();
        endpoints.update(actors.of("firmadmin"), edited.id(), edited.version(), new WebhookEndpointDraft(
                edited.url(), "elsewhere", edited.events()), true).block(WAIT);
        stale.description.setValue("mine");
        test(stale.save).click();
        await(() -> !errors().isEmpty());
        assertThat(errors()).hasSize(1);
        assertThat(stale.isOpened()).as("what was typed stays").isTrue();
        assertThat(stale.description.getValue()).isEqualTo("mine");
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void deleting_asks_first_naming_the_address_and_then_the_endpoint_is_gone() {
        CreatedEndpoint doomed = registered(actors.of("firmadmin"), PUBLIC + "delete-" + unique());
        WebhooksView view = navigate(WebhooksView.class);
        Confirmation asking = view.confirmDelete(row(view, doomed.endpoint().url()));
        assertThat($(Confirmation.class).single().isOpened()).isTrue();
        assertThat(asking.getHeaderTitle()).isEqualTo("删除接收地址");
        assertThat(endpoints.list(actors.of("firmadmin")).map(WebhookEndpoint::id).collectList().block(WAIT))
                .as("nothing is deleted before the confirmation").contains(doomed.endpoint().id());

        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> rows(view).stream().noneMatch(e -> e.id().equals(doomed.endpoint().id())));
        assertThat(endpoints.list(actors.of("firmadmin")).map(WebhookEndpoint::id).collectList().block(WAIT))
                .doesNotContain(doomed.endpoint().id());
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void english_readers_see_the_page_the_events_and_the_states_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        WebhooksView view = navigate(WebhooksView.class);
        assertThat(view.getPageTitle()).startsWith("Webhooks");
        assertThat(view.add.getText()).isEqualTo("Add endpoint");
        assertThat(view.grid.getColumnByKey("last").getHeaderText()).isEqualTo("Last delivery");
        WebhookEndpoint erp = row(view, "://erp.tianmu-textile.example");
        assertThat(WebhookLabels.events(view, erp.events())).isEqualTo("Order stage changed, Request updated");
        assertThat(view.lastDelivery(erp)).matches("^(Retrying|Waiting to be sent) \\(.+\\)$");
        assertThat(WebhookLabels.state(view, row(view, "://old-erp.tianmu-textile.example")))
                .isEqualTo("Disabled: the receiver answered 410 (Gone)");
        test(view.add).click();
        WebhookEndpointDialog dialog = $(WebhookEndpointDialog.class).single();
        assertThat(dialog.url.getLabel()).isEqualTo("Endpoint URL");
        assertThat(dialog.events.getItemLabelGenerator().apply(WebhookEventType.DELEGATION_STATUS_CHANGED))
                .isEqualTo("Delegation status changed");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_alliance_wide_endpoints_and_every_firms_when_they_ask() {
        WebhooksView view = navigate(WebhooksView.class);
        assertThat(rows(view)).isNotEmpty().allSatisfy(e -> assertThat(e.allianceWide()).isTrue());
        assertThat(rows(view)).extracting(WebhookEndpoint::url)
                .contains("https://oa.xinchang-textile-association.example/webhooks/portal");
        view.scope.setValue(WebhooksView.Scope.ALL);
        assertThat(rows(view)).extracting(WebhookEndpoint::url)
                .contains("https://erp.tianmu-textile.example/hooks/portal");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_who_is_not_a_firm_admin_is_refused_the_page_and_has_no_menu_entry() {
        UI.getCurrent().navigate(WebhooksView.class);
        assertThat(getCurrentView()).as("denied like an unknown address").isInstanceOf(NotFoundView.class);
        assertThat($(WebhooksView.class).all()).isEmpty();
        assertThat($(SideNavigation.class).all()).allSatisfy(nav -> assertThat(nav.paths()).doesNotContain("webhooks"));
    }
}
