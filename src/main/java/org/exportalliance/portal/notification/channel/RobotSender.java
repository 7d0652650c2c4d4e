package org.exportalliance.portal.notification.channel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.exportalliance.portal.notification.OutboundHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Posts one message to one robot and says what the answer means ({@link RobotOutcome}). A failure never escapes
 * {@link #send}: timeouts (15 s by default, {@code portal.channels.timeout}) and broken connections are outcomes too.
 * Redirects are not followed. Nothing here logs the address, which carries the robot's key or token and signature.
 * Pacing (20 a minute), digests and retries are the outbox's.
 */
@Component
public class RobotSender {

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final Clock clock;
    private final URI wecom;
    private final URI dingTalk;
    private final Duration timeout;
    private final WebClient client;

    RobotSender(Clock clock,
            @Value("${portal.channels.wecom.url:https://qyapi.weixin.qq.com/cgi-bin/webhook/send}") URI wecom,
            @Value("${portal.channels.dingtalk.url:https://oapi.dingtalk.com/robot/send}") URI dingTalk,
            @Value("${portal.channels.timeout:PT15S}") Duration timeout) {
        this.clock = clock;
        this.wecom = wecom;
        this.dingTalk = dingTalk;
        this.timeout = timeout;
        this.client = OutboundHttp.client(timeout, null);
    }

    public Mono<RobotOutcome> send(Robot robot, RobotMessage message) {
        if (robot.kind() != message.kind()) {
            return Mono.just(new RobotOutcome.Rejected("message written for " + message.kind()));
        }
        return Mono.defer(() -> client.post().uri(address(robot))
                        .contentType(JSON_UTF8)
                        .bodyValue(message.body())
                        .exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                                .map(body -> RobotAnswers.of(robot.kind(), response.statusCode().value(), body))))
                .timeout(timeout)
                .onErrorResume(e -> Mono.just(failure(e)));
    }

    /** The send address; DingTalk's is signed with the time of sending, so it is made anew for every attempt. */
    URI address(Robot robot) {
        return switch (robot) {
            case Robot.WeCom w -> URI.create(wecom + "?key=" + URLEncoder.encode(w.key(), StandardCharsets.UTF_8));
            case Robot.DingTalk d -> URI.create(dingTalk + "?"
                    + DingTalkSignature.query(d.accessToken(), d.secret(), clock.millis()));
        };
    }

    /** Exception messages hold the address (and so the key or signature): only their kind becomes the reason. */
    private static RobotOutcome failure(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof TimeoutException || e instanceof io.netty.handler.timeout.TimeoutException) {
                return new RobotOutcome.Transient("timeout");
            }
        }
        return new RobotOutcome.Transient("connection failed (" + error.getClass().getSimpleName() + ")");
    }
}
