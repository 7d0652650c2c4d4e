package org.exportalliance.portal.delegation.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AutoReason;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.delegation.ledger.Statement;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuples;

/**
 * Staff's .xlsx exports of one delegation, headed in the reader's language. Amounts are numbers in CNY with two
 * decimals, so the sheets sum in Excel to the same fen as the statements on screen.
 */
@Service
public class DelegationExports {

    private final DelegationService delegations;
    private final LedgerService ledger;
    private final FirmService firms;
    private final PavilionService pavilion;
    private final List<RosterSheet> rosterSheets;
    private final MessageSource messages;
    private final ZoneId zone;

    DelegationExports(DelegationService delegations, LedgerService ledger, FirmService firms,
            PavilionService pavilion, List<RosterSheet> rosterSheets, MessageSource messages, Clock clock) {
        this.pavilion = pavilion;
        this.rosterSheets = rosterSheets;
        this.zone = clock.getZone();
        this.delegations = delegations;
        this.ledger = ledger;
        this.firms = firms;
        this.messages = messages;
    }

    /** Every firm's statement: a summary sheet (one row per firm, and the grand total) and every line. */
    public Mono<DelegationExport> statements(Actor actor, UUID delegationId, Locale locale) {
        return Checks.staffOnly(actor)
                .then(Mono.zip(delegations.find(delegationId),
                        ledger.allStatements(actor, delegationId).collectList(), firmNames(locale)))
                .publishOn(Schedulers.boundedElastic())
                .map(t -> new DelegationExport(fileName(t.getT1(), "export.statements.file", locale),
                        statementsWorkbook(t.getT2(), t.getT3(), locale).toXlsx()));
    }

    /**
     * The roster: every firm that applied (status, request, booths, the decision's reason; approved firms first) and
     * the sheets other features add ({@link RosterSheet}: the travellers).
     */
    public Mono<DelegationExport> roster(Actor actor, UUID delegationId, Locale locale) {
        return Checks.staffOnly(actor)
                .then(Mono.zip(delegations.find(delegationId),
                        delegations.applications(actor, delegationId).collectList(), firmNames(locale),
                        pavilion.booths(actor, delegationId).collectList()))
                .flatMap(t -> Flux.fromIterable(rosterSheets)
                        .concatMap(sheet -> sheet.sheet(actor, delegationId, t.getT3(), locale)).collectList()
                        .map(more -> Tuples.of(t, more)))
                .publishOn(Schedulers.boundedElastic())
                .map(all -> {
                    var t = all.getT1();
                    List<Table> tables = new ArrayList<>();
                    tables.add(firmsTable(t.getT2(), t.getT3(), boothsByFirm(t.getT4()), locale));
                    tables.addAll(all.getT2());
                    return new DelegationExport(fileName(t.getT1(), "export.roster.file", locale),
                            Spreadsheet.of(tables.toArray(Table[]::new)).toXlsx());
                });
    }

    private static Map<UUID, String> boothsByFirm(List<Booth> booths) {
        return booths.stream().filter(b -> b.assignee() != null)
                .sorted(Comparator.comparing(Booth::label))
                .collect(Collectors.groupingBy(b -> b.assignee().firmId(),
                        Collectors.mapping(Booth::label, Collectors.joining(", "))));
    }

    private Table firmsTable(List<DelegationApplication> applications, Map<UUID, String> firmNames,
            Map<UUID, String> booths, Locale locale) {
        List<List<@Nullable Object>> rows = applications.stream()
                .sorted(Comparator.comparing((DelegationApplication a) -> !a.status().holdsPlace())
                        .thenComparing(a -> firmNames.getOrDefault(a.firmId(), "")))
                .map(a -> Table.row(firmNames.getOrDefault(a.firmId(), a.firmId().toString()),
                        text("application.status." + a.status().name(), locale), a.travellers(), a.areaM2(),
                        booths.get(a.firmId()),
                        a.exhibits().stream().map(e -> e.machine()).filter(m -> m != null)
                                .collect(Collectors.joining("; ")),
                        a.exhibits().stream().map(e -> e.weightKg()).filter(w -> w != null)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        AutoReason.render(a.decisionReason(), (key, args) -> messages.getMessage(key, args, key,
                                locale)),
                        a.submittedAt().atZone(zone).toLocalDate()))
                .toList();
        return new Table(text("export.roster.firms", locale), List.of(text("application.firm", locale),
                text("application.status", locale), text("application.travellers", locale),
                text("export.area", locale), text("export.booths", locale), text("application.exhibits", locale), text("export.weight", locale),
                text("application.reason", locale), text("export.submitted", locale)), rows);
    }

    private Spreadsheet statementsWorkbook(List<Statement> statements, Map<UUID, String> firmNames, Locale locale) {
        List<Statement> sorted = statements.stream()
                .sorted(Comparator.comparing((Statement s) -> firmNames.getOrDefault(s.firmId(), "")))
                .toList();
        List<List<@Nullable Object>> summary = new ArrayList<>();
        List<List<@Nullable Object>> lines = new ArrayList<>();
        BigDecimal grandTotal = BigDecimal.ZERO.setScale(2);
        for (Statement s : sorted) {
            String firm = firmNames.getOrDefault(s.firmId(), s.firmId().toString());
            summary.add(Table.row(firm, s.areaM2(), s.travellers(), s.totalCny()));
            grandTotal = grandTotal.add(s.totalCny());
            for (Statement.Line line : s.lines()) {
                lines.add(Table.row(firm, text(line.labelKey(), locale), line.description(),
                        line.rule() == null ? null : text("ledger.rule." + line.rule().name(), locale),
                        line.itemCny(), line.shareCny()));
            }
        }
        summary.add(Table.row(text("export.total", locale), null, null, grandTotal));
        return Spreadsheet.of(
                new Table(text("export.statements.summary", locale), List.of(text("application.firm", locale),
                        text("export.area", locale), text("application.travellers", locale),
                        text("export.total-cny", locale)), summary),
                new Table(text("export.statements.lines", locale), List.of(text("application.firm", locale),
                        text("ledger.item", locale), text("export.description", locale),
                        text("ledger.rule", locale), text("export.item-cny", locale),
                        text("export.share-cny", locale)), lines));
    }

    private Mono<Map<UUID, String>> firmNames(Locale locale) {
        return firms.all().collect(Collectors.toMap(Firm::id, f -> f.name(locale), (a, b) -> a));
    }

    private String fileName(Delegation d, String key, Locale locale) {
        return (d.title(locale) + " - " + text(key, locale)).replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
