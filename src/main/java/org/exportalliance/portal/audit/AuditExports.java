package org.exportalliance.portal.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Staff's .xlsx export of the filtered trail, newest first, headed in the reader's language, times in the portal's
 * zone. The export is itself recorded ({@code audit.exported}, with the filter and the number of rows).
 */
@Service
public class AuditExports {

    /** The most entries one file holds; a longer trail ends with a line asking to narrow the filter. */
    public static final int MAX_ROWS = 20_000;

    public static final String EXPORTED = "audit.exported";
    static final String SUBJECT_TYPE = "audit";
    static final String SUBJECT_ID = "trail";

    private final AuditRepository trail;
    private final AuditService audit;
    private final ActionLabels actions;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionalOperator tx;

    AuditExports(AuditRepository trail, AuditService audit, ActionLabels actions, MessageSource messages,
            Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.trail = trail;
        this.audit = audit;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public Mono<AuditExport> export(Actor actor, AuditFilter filter, Locale locale) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(filter.problems()))
                .then(Mono.defer(() -> trail.search(filter, zone, null, 0, MAX_ROWS + 1).collectList()))
                .publishOn(Schedulers.boundedElastic())
                .map(rows -> new Made(Math.min(rows.size(), MAX_ROWS), rows.size() > MAX_ROWS,
                        workbook(rows, locale).toXlsx()))
                .flatMap(made -> audit.record(actor.userId(), EXPORTED, SUBJECT_TYPE, SUBJECT_ID,
                                filter.describe() + "; rows=" + made.rows() + (made.truncated() ? "+" : ""))
                        .thenReturn(new AuditExport(text("audit.export.file", locale, LocalDate.now(clock)),
                                made.xlsx()))));
    }

    /** A finished workbook and how many entries it holds. */
    private record Made(int rows, boolean truncated, byte[] xlsx) {}

    private Spreadsheet workbook(List<AuditEntry> entries, Locale locale) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        String system = text("audit.system", locale);
        for (AuditEntry e : entries.subList(0, Math.min(entries.size(), MAX_ROWS))) {
            AuditActor who = e.actor();
            rows.add(Table.row(e.at().atZone(zone).toLocalDateTime(),
                    who == null ? system : who.username(),
                    who == null ? null : who.displayName(),
                    who == null ? null : who.firmName(locale),
                    actions.label(e.action(), locale), e.action(), e.subjectType(), e.subjectId(), e.detail()));
        }
        if (entries.size() > MAX_ROWS) {
            rows.add(Table.row(text("audit.export.truncated", locale, MAX_ROWS)));
        }
        return Spreadsheet.of(new Table(text("audit.title", locale), List.of(
                text("audit.field.at", locale), text("audit.field.username", locale),
                text("audit.field.display-name", locale), text("audit.field.firm", locale),
                text("audit.field.action", locale), text("audit.field.action-code", locale),
                text("audit.field.subject-type", locale), text("audit.field.subject-id", locale),
                text("audit.field.detail", locale)), rows));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
