package org.exportalliance.portal.firm.membership.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.people.InvitationDraft;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.UnsentInvitation;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Importing the association's member list, staff only: read the file, preview every row's problems, and import all or
 * nothing. The import checks every row again and, in one transaction, enrols each firm through
 * {@link MembershipService#enrol} (its rules, its audit entry {@code firm.enrolled}) and records the invitation of
 * each first admin ({@link InvitationService#prepare}, audited {@code invitation.sent}), plus one entry
 * {@code firm.imported} for the file. The invitations are e-mailed once that has committed; a rolled-back import
 * mails nobody.
 */
@Service
public class MemberImports {

    private static final Logger log = LoggerFactory.getLogger(MemberImports.class);
    static final String SUBJECT = "firm";

    private final MemberImportChecks checks;
    private final MembershipService members;
    private final InvitationService invitations;
    private final FirmService firms;
    private final AuditService audit;
    private final MessageSource messages;
    private final TransactionalOperator tx;
    private final Clock clock;

    MemberImports(MemberImportChecks checks, MembershipService members, InvitationService invitations,
            FirmService firms, AuditService audit, MessageSource messages, TransactionalOperator tx, Clock clock) {
        this.checks = checks;
        this.members = members;
        this.invitations = invitations;
        this.firms = firms;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /** The file as a sheet, or {@link MemberFileRefused}; parsed on a worker thread. */
    public Mono<MemberSheet> read(byte[] content) {
        return Workers.call(() -> MemberFileReader.read(content));
    }

    /** Every row with its problems, as an import would find them now; saves nothing. */
    public Mono<MemberImportReport> preview(Actor actor, MemberSheet sheet) {
        return Checks.staffOnly(actor)
                .then(firms.categories().collectList())
                .flatMap(categories -> Workers.compute(() -> {
                    MemberRowReader reader = new MemberRowReader(sheet, categories, this::labels,
                            LocalDate.now(clock));
                    return sheet.rows().stream().map(reader::read).toList();
                }))
                .flatMap(rows -> checks.check(actor, rows))
                .map(MemberImportReport::new);
    }

    /**
     * Checks every row again and, when none has a problem, enrols every firm and invites every first admin;
     * {@link MemberImportHasProblems} and nothing saved otherwise.
     */
    public Mono<MemberImportResult> run(Actor actor, MemberSheet sheet) {
        UUID importId = UUID.randomUUID();
        long started = System.nanoTime();
        return Checks.staffOnly(actor)
                .then(tx.transactional(preview(actor, sheet)
                        .flatMap(report -> report.importable() ? save(actor, importId, report)
                                : Mono.error(new MemberImportHasProblems(report)))))
                .flatMapMany(Flux::fromIterable)
                .concatMap(saved -> saved.unsent() == null
                        ? Mono.just(new ImportedFirm(saved.row(), saved.firm(), null))
                        : invitations.send(actor, saved.unsent())
                                .map(issued -> new ImportedFirm(saved.row(), saved.firm(), issued)))
                .collectList()
                .map(imported -> new MemberImportResult(importId, imported))
                .doOnNext(result -> log.info("Member import {} enrolled {} firms and invited {} admins in {} ms",
                        importId, result.enrolled(), result.invited(), (System.nanoTime() - started) / 1_000_000));
    }

    /** The empty list to fill in, headed in {@code locale}, with the categories on a second sheet. */
    public Mono<MemberImportTemplate> template(Actor actor, Locale locale) {
        return Checks.staffOnly(actor)
                .then(firms.categories().collectList())
                .flatMap(categories -> Workers.compute(() -> {
                    List<String> headers = new ArrayList<>();
                    for (MemberColumn column : MemberColumn.values()) {
                        headers.add(text(column.messageKey(), locale));
                    }
                    List<List<@Nullable Object>> rows = new ArrayList<>();
                    categories.forEach(c -> rows.add(Spreadsheet.Table.row(c.code(), c.nameZh(), c.nameEn())));
                    Spreadsheet book = Spreadsheet.of(
                            new Spreadsheet.Table(text("members.import.template.members", locale), headers, List.of()),
                            new Spreadsheet.Table(text("members.import.template.categories", locale),
                                    List.of(text("members.import.template.code", locale),
                                            text("firm.name-zh", locale), text("firm.name-en", locale)), rows));
                    return new MemberImportTemplate(text("members.import.template.file", locale) + ".xlsx",
                            book.toXlsx());
                }));
    }

    /** A row that became a firm, with its admin's invitation to send after the commit. */
    private record Saved(int row, org.exportalliance.portal.firm.membership.MemberFirm firm,
            @Nullable UnsentInvitation unsent) {}

    private Mono<List<Saved>> save(Actor actor, UUID importId, MemberImportReport report) {
        return Flux.fromIterable(report.rows())
                .concatMap(row -> members.enrol(actor, row.draft()).flatMap(firm -> row.adminEmail() == null
                        ? Mono.just(new Saved(row.row(), firm, null))
                        : invitations.prepare(actor, firm.id(), new InvitationDraft(row.adminEmail(),
                                        List.of(Role.FIRM_ADMIN), row.adminLanguage()))
                                .map(unsent -> new Saved(row.row(), firm, unsent))))
                .collectList()
                .flatMap(saved -> audit.record(actor.userId(), "firm.imported", SUBJECT, importId,
                                "firms=" + saved.size() + " invitations=" + report.admins())
                        .thenReturn(saved));
    }

    private List<String> labels(String key) {
        return PortalLocales.SUPPORTED.stream().map(locale -> text(key, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
