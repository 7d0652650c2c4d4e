package org.exportalliance.portal.notification.channel;

import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a robot's answer means. Both robots answer HTTP 200 with {@code {"errcode":…,"errmsg":…}}; the codes known
 * here are those seen in the robots' answers (the issue threads cited name them): WeCom 45009 "api freq out of
 * limit", 93000 "invalid webhook url" (a wrong key), 40058 "markdown.content exceed max length"; DingTalk 130101
 * "send too fast" (the robot is then blocked for ten minutes), 310000 "sign not match" / "invalid timestamp" /
 * "keywords not in content" / IP not allowed (robot settings), 300001 "token is not exist", 460101 "body 大小不合法";
 * both answer -1 when busy. A code not known here rejects the message without blaming the robot.
 */
final class RobotAnswers {

    /** WeCom counts 20 messages a minute: the next minute is free again. */
    static final Duration WECOM_PAUSE = Duration.ofMinutes(1);
    /** DingTalk blocks a robot for ten minutes once it sent more than 20 in a minute. */
    static final Duration DINGTALK_PAUSE = Duration.ofMinutes(10);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RobotAnswers() {}

    /** The outcome of an HTTP answer: its status, then (for a 2xx) the errcode in its body. */
    static RobotOutcome of(RobotKind kind, int status, byte[] body) {
        if (status == 429) {
            return new RobotOutcome.RateLimited(pause(kind));
        }
        if (status >= 500) {
            return new RobotOutcome.Transient("HTTP " + status);
        }
        if (status >= 300 && status < 400) {
            return new RobotOutcome.Misconfigured("HTTP " + status + " (redirects are not followed)");
        }
        if (status >= 400 || status < 200) {
            return new RobotOutcome.Misconfigured("HTTP " + status);
        }
        JsonNode errcode;
        try {
            errcode = JSON.readTree(body).path("errcode");
        } catch (JacksonException e) {
            return new RobotOutcome.Transient("unreadable answer");
        }
        if (!errcode.isIntegralNumber()) {
            return new RobotOutcome.Transient("answer without errcode");
        }
        return errcode(kind, errcode.asInt());
    }

    static RobotOutcome errcode(RobotKind kind, int code) {
        String reason = "errcode " + code;
        return switch (code) {
            case 0 -> new RobotOutcome.Delivered();
            case -1 -> new RobotOutcome.Transient(reason);
            default -> kind == RobotKind.WECOM ? wecom(code, reason) : dingTalk(code, reason);
        };
    }

    private static RobotOutcome wecom(int code, String reason) {
        return switch (code) {
            case 45009 -> new RobotOutcome.RateLimited(WECOM_PAUSE);
            case 93000 -> new RobotOutcome.Misconfigured(reason);
            default -> new RobotOutcome.Rejected(reason);
        };
    }

    private static RobotOutcome dingTalk(int code, String reason) {
        return switch (code) {
            case 130101 -> new RobotOutcome.RateLimited(DINGTALK_PAUSE);
            case 310000, 300001 -> new RobotOutcome.Misconfigured(reason);
            default -> new RobotOutcome.Rejected(reason);
        };
    }

    private static Duration pause(RobotKind kind) {
        return kind == RobotKind.WECOM ? WECOM_PAUSE : DINGTALK_PAUSE;
    }
}
