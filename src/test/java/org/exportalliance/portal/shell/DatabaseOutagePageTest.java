package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a person sees when the database is briefly away: a view that cannot open says so and opens by itself again;
 * a click that fails says so; neither is logged as an error per request.
 */
@BrowserlessPortalTest
@WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
class DatabaseOutagePageTest extends SpringBrowserlessTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(logs);
        FailingTestView.failure.set(null);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private List<ILoggingEvent> errors() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }

    @Test
    void a_view_that_cannot_reach_the_database_says_the_service_is_briefly_away_and_opens_by_itself_later() {
        FailingTestView.failure.set(FailingTestView.databaseDown());
        UI.getCurrent().navigate("test/failing-view");

        assertThat($(H2.class).id("outage-title").getText()).isEqualTo("服务暂时不可用");
        assertThat($(Paragraph.class).id("outage-message").getText()).contains("恢复后本页会自动重新加载");
        assertThat($(Anchor.class).all()).as("no dead end that only leads home").isEmpty();
        assertThat(errors()).as("nothing logged as an error").isEmpty();

        FailingTestView.failure.set(null);
        UiTasks.await(() -> !$(FailingTestView.class).all().isEmpty());
        assertThat($(FailingTestView.class).all()).as("opened again without a click").hasSize(1);
        assertThat($(H2.class).all()).noneMatch(h -> "outage-title".equals(h.getId().orElse("")));
    }

    @Test
    void the_outage_page_speaks_english_and_offers_to_try_at_once() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        FailingTestView.failure.set(FailingTestView.databaseDown());
        UI.getCurrent().navigate("test/failing-view");

        assertThat($(H2.class).id("outage-title").getText()).isEqualTo("Briefly unavailable");
        assertThat($(Paragraph.class).id("outage-message").getText()).contains("reloads by itself");
        Button now = $(Button.class).id("outage-retry");
        assertThat(now.getText()).isEqualTo("Try again now");

        FailingTestView.failure.set(null);
        test(now).click();
        assertThat($(FailingTestView.class).all()).hasSize(1);
    }

    @Test
    void any_other_failure_still_shows_the_error_page_with_a_reference_and_is_logged() {
        FailingTestView.failure.set(new IllegalStateException("a bug"));
        UI.getCurrent().navigate("test/failing-view");

        assertThat($(H2.class).first().getText()).isEqualTo("出错了");
        assertThat($(Anchor.class).single().getText()).isEqualTo("返回首页");
        assertThat(errors()).singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("View failed"));
    }

    @Test
    void a_click_that_fails_because_the_database_is_away_says_so_without_logging_an_error() {
        UiErrorHandling.handle(new ErrorEvent(FailingTestView.databaseDown()));

        assertThat($(Notification.class).all()).singleElement().satisfies(n -> assertThat(
                n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .contains("服务暂时不可用，请几秒钟后重试。"));
        assertThat(errors()).isEmpty();
    }
}
