package org.exportalliance.portal.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Bundles;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotSenderTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:30:00.123Z");
    static final Robot.WeCom WECOM = new Robot.WeCom("693a91f6-7a0c-4bc4-97a0-0ec2f1fa5aaa");
    static final Robot.DingTalk DINGTALK = new Robot.DingTalk(
            "6f1e0b9c2d3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6", DingTalkSignatureTest.SECRET);

    final FakeRobot robot = new FakeRobot();
    final RobotMarkdown markdown = new RobotMarkdown(Bundles.portal());
    final Notice notice = new Notice("报价已更新", List.of("检测费 ¥1,200"), URI.create("https://portal.example.cn/r/1"),
            NOW);

    RobotSender sender(Duration timeout) {
        return new RobotSender(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), robot.url("/cgi-bin/webhook/send"),
                robot.url("/robot/send"), timeout);
    }

    RobotOutcome send(Robot to) {
        RobotMessage message = markdown.notice(to.kind(), notice, PortalLocales.CHINESE);
        RobotSender sender = sender(Duration.ofSeconds(15));
        return ReactiveGuard.onReactiveThread(() -> sender.send(to, message)).block(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws Exception {
        robot.close();
    }

    @Test
    void wecom_gets_the_markdown_message_posted_with_its_key() {
        robot.errcode(0);
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Delivered());

        RecordedRequest request = robot.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(request.getRequestUrl().queryParameter("key")).isEqualTo(WECOM.key());
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(request.getBody().readString(StandardCharsets.UTF_8)).isEqualTo("{\"msgtype\":\"markdown\","
                + "\"markdown\":{\"content\":\"**报价已更新**\\n检测费 ¥1,200\\n[在门户中查看](https://portal.example.cn/r/1)\"}}");
    }

    @Test
    void dingtalk_gets_the_message_at_a_signed_address_the_fake_robot_checks() throws Exception {
        robot.errcode(0);
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.Delivered());

        RecordedRequest request = robot.request();
        var url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/robot/send");
        assertThat(url.queryParameter("access_token")).isEqualTo(DINGTALK.accessToken());
        assertThat(url.queryParameter("timestamp")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(url.queryParameter("sign"))
                .isEqualTo(DingTalkSignatureTest.expected(NOW.toEpochMilli(), DingTalkSignatureTest.SECRET));
        assertThat(request.getBody().readString(StandardCharsets.UTF_8)).isEqualTo("{\"msgtype\":\"markdown\","
                + "\"markdown\":{\"title\":\"报价已更新\",\"text\":\"**报价已更新**\\n\\n检测费 ¥1,200\\n\\n"
                + "[在门户中查看](https://portal.example.cn/r/1)\"}}");
    }

    @Test
    void too_many_messages_pause_the_robot_a_minute_on_wecom_and_ten_minutes_on_dingtalk() {
        robot.errcode(45009).errcode(130101);
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.RateLimited(Duration.ofMinutes(1)));
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.RateLimited(Duration.ofMinutes(10)));
    }

    @Test
    void a_wrong_key_token_or_signature_is_misconfiguration_not_worth_a_retry() {
        robot.errcode(93000).errcode(310000).errcode(300001).answers(404, "not here");
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Misconfigured("errcode 93000"));
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.Misconfigured("errcode 310000"));
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.Misconfigured("errcode 300001"));
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Misconfigured("HTTP 404"));
    }

    @Test
    void a_message_the_robot_refuses_is_rejected_and_a_busy_robot_is_transient() {
        robot.errcode(40058).errcode(460101).errcode(-1).answers(502, "<html>bad gateway</html>")
                .answers(200, "<html>captive portal</html>");
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Rejected("errcode 40058"));
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.Rejected("errcode 460101"));
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Transient("errcode -1"));
        assertThat(send(DINGTALK)).isEqualTo(new RobotOutcome.Transient("HTTP 502"));
        assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Transient("unreadable answer"));
    }

    @Test
    void a_robot_that_does_not_answer_in_time_is_transient_and_send_does_not_throw() {
        robot.answersNothingFor(2);
        RobotMessage message = markdown.notice(RobotKind.WECOM, notice, PortalLocales.CHINESE);
        long start = System.nanoTime();
        RobotOutcome outcome = sender(Duration.ofMillis(500)).send(WECOM, message).block();
        assertThat(outcome).isEqualTo(new RobotOutcome.Transient("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_refused_connection_is_transient_and_its_reason_does_not_show_the_address() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/robot/send");
        RobotSender toNowhere = new RobotSender(Clock.fixed(NOW, ZoneId.of("UTC")), nowhere, nowhere,
                Duration.ofSeconds(5));
        RobotMessage message = markdown.notice(RobotKind.DINGTALK, notice, PortalLocales.CHINESE);
        RobotOutcome outcome = toNowhere.send(DINGTALK, message).block();
        assertThat(outcome).isInstanceOfSatisfying(RobotOutcome.Transient.class, t -> assertThat(t.reason())
                .startsWith("connection failed").doesNotContain(DINGTALK.accessToken(), "sign", "127.0.0.1"));
    }

    @Test
    void a_redirect_is_not_followed_and_counts_as_misconfiguration() throws Exception {
        try (FakeRobot elsewhere = new FakeRobot()) {
            robot.server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(302)
                    .setHeader("Location", elsewhere.url("/steal").toString()));
            assertThat(send(WECOM)).isEqualTo(new RobotOutcome.Misconfigured("HTTP 302 (redirects are not followed)"));
            assertThat(elsewhere.server.getRequestCount()).isZero();
        }
    }

    @Test
    void a_message_written_for_the_other_robot_is_rejected_without_a_request() {
        RobotMessage forWecom = markdown.notice(RobotKind.WECOM, notice, PortalLocales.CHINESE);
        assertThat(sender(Duration.ofSeconds(1)).send(DINGTALK, forWecom).block())
                .isEqualTo(new RobotOutcome.Rejected("message written for WECOM"));
        assertThat(robot.server.getRequestCount()).isZero();
    }

    @Test
    void robots_never_print_their_secrets() {
        assertThat(DINGTALK.toString() + WECOM).doesNotContain(DINGTALK.secret(), DINGTALK.accessToken(), WECOM.key());
    }
}
