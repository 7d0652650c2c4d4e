package org.exportalliance.portal.notification.webhook.allowlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportalliance.portal.notification.webhook.HostPattern;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;

/**
 * What staff may put on the allow-list: a host name, an address or a CIDR block ({@link HostPattern}), but never every
 * address ({@code 0.0.0.0/0}, {@code ::/0}) nor a block holding a cloud metadata service ({@code 169.254.169.254},
 * {@code fd00:ec2::254} and the others), which hand out the portal host's credentials; a note of at most 200
 * characters. The same rules hold in the form, the service and the schema.
 */
public final class AllowedHostRules {

    public static final int MAX_ENTRY = 253;
    public static final int MAX_NOTE = 200;

    private AllowedHostRules() {}

    /** The entry as stored, when {@code draft} breaks no rule ({@link #check} is empty). */
    static HostPattern pattern(AllowedHostDraft draft) {
        return HostPattern.parse(String.valueOf(draft.entry())).orElseThrow();
    }

    public static List<FieldProblem> check(AllowedHostDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String entry = draft.entry() == null ? "" : draft.entry().strip();
        if (entry.isEmpty()) {
            problems.add(new FieldProblem("entry", "validation.required"));
        } else if (entry.length() > MAX_ENTRY || !PlainText.acceptable(entry, false)) {
            problems.add(new FieldProblem("entry", "webhook.allowlist.entry"));
        } else {
            Optional<HostPattern> pattern = HostPattern.parse(entry);
            if (pattern.isEmpty()) {
                problems.add(new FieldProblem("entry", "webhook.allowlist.entry"));
            } else if (pattern.get() instanceof HostPattern.Block block && block.everything()) {
                problems.add(new FieldProblem("entry", "webhook.allowlist.everything"));
            } else if (pattern.get() instanceof HostPattern.Block block && block.reachesMetadata()) {
                problems.add(new FieldProblem("entry", "webhook.allowlist.metadata"));
            }
        }
        String note = draft.note() == null ? "" : draft.note();
        if (note.strip().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "webhook.allowlist.note"));
        } else {
            PlainText.addTo(problems, "note", note, false);
        }
        return problems;
    }
}
