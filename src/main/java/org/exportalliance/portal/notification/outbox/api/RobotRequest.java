package org.exportalliance.portal.notification.outbox.api;

import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The body of PUT …/channels/wecom and …/channels/dingtalk: the robot's webhook address as WeCom or DingTalk show it
 * ({@code url}), or its bare {@code key} (WeCom) or {@code accessToken} (DingTalk); one of the two, and DingTalk's
 * {@code secret}. The service checks what they hold.
 */
record RobotRequest(@Nullable String url, @Nullable String key, @Nullable String accessToken,
        @Nullable String secret) {

    /** The address or bare credential given, for a robot whose bare credential is called {@code bare}. */
    String given(String bare, @Nullable String bareValue) {
        List<FieldProblem> problems = new ArrayList<>();
        if (url != null && bareValue != null) {
            problems.add(new FieldProblem(bare, "notification.channel.url-or-key"));
        } else if (url == null && bareValue == null) {
            problems.add(new FieldProblem("url", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return url != null ? url : String.valueOf(bareValue);
    }
}
