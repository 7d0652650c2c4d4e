package org.exportalliance.portal.audit.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditEntry;
import org.exportalliance.portal.audit.SubjectLabels;
import org.exportalliance.portal.shell.UiCalls;

/**
 * One trail view's entries in the reader's words: "线索 · Tessitura Rossi" rather than "lead · <uuid>", and codes in
 * the detail as labels. Names are looked up once per page of entries and kept while the view is open.
 */
final class EntryWords {

    private final SubjectLabels labels;
    private final Actor reader;
    private final Locale locale;
    /** Names by {@link SubjectLabels#key}; a subject nobody could name maps to its id, so it is not asked again. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    EntryWords(SubjectLabels labels, Actor reader, Locale locale) {
        this.labels = labels;
        this.reader = reader;
        this.locale = locale;
    }

    /** Looks up the names of a page's subjects not yet known; returns the page. */
    List<AuditEntry> learn(List<AuditEntry> page) {
        List<AuditEntry> unknown = page.stream().filter(e -> !names.containsKey(SubjectLabels.key(e))).toList();
        if (!unknown.isEmpty()) {
            names.putAll(UiCalls.fetchOne(labels.names(reader, unknown, locale)).orElse(Map.of()));
            unknown.forEach(e -> names.putIfAbsent(SubjectLabels.key(e), e.subjectId()));
        }
        return page;
    }

    String subject(AuditEntry e) {
        return labels.type(e.subjectType(), locale) + " · " + names.getOrDefault(SubjectLabels.key(e), e.subjectId());
    }

    String detail(AuditEntry e) {
        return labels.detail(e, locale);
    }

    /** Where a click on the entry goes: its subject's page, if it has one and the subject still exists. */
    Optional<String> location(AuditEntry e) {
        String name = names.get(SubjectLabels.key(e));
        return name == null || name.equals(e.subjectId()) ? Optional.empty() : labels.location(e);
    }
}
