package org.exportalliance.portal.notification.webhook;

import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;

/** What an endpoint draft must hold before its address is looked at: the rules the form marks fields with. */
public final class WebhookEndpointRules {

    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 200;

    private WebhookEndpointRules() {}

    public static List<FieldProblem> check(WebhookEndpointDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String url = draft.url() == null ? "" : draft.url().strip();
        if (url.isEmpty() || url.length() > MAX_URL) {
            problems.add(new FieldProblem("url", "webhook.validation.url"));
        }
        if (draft.description() != null && draft.description().strip().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "webhook.validation.description"));
        }
        if (draft.events() == null || draft.events().isEmpty()) {
            problems.add(new FieldProblem("events", "webhook.validation.events"));
        }
        PlainText.addTo(problems, draft);
        return problems;
    }
}
