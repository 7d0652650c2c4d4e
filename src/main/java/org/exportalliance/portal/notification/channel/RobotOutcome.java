package org.exportalliance.portal.notification.channel;

import java.time.Duration;

/**
 * What a robot's answer to one message means for the outbox. Reasons are short (an errcode, an HTTP status, a kind of
 * failure) and never hold the robot's address, key, token or signature.
 */
public sealed interface RobotOutcome {

    /** errcode 0: the group has the message. */
    record Delivered() implements RobotOutcome {}

    /**
     * The robot is over its rate (WeCom errcode 45009; DingTalk 130101, which blocks the robot for ten minutes): send
     * nothing to it for {@code pause}, then this message again.
     */
    record RateLimited(Duration pause) implements RobotOutcome {}

    /** Wrong key, token or signing secret, or a robot that is gone: retrying cannot help; the owner must fix it. */
    record Misconfigured(String reason) implements RobotOutcome {}

    /** The robot refused this message (too long, say): do not send it again; the robot itself is fine. */
    record Rejected(String reason) implements RobotOutcome {}

    /** A 5xx answer, a timeout, a refused or broken connection, a busy robot: retry with backoff. */
    record Transient(String reason) implements RobotOutcome {}
}
