package org.exportalliance.portal.lead.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.lead.AllianceSharingNotPermitted;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.importing.RowDrafts.Drafted;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lead imports: read a file, suggest a column mapping, report on every row, and commit.
 *
 * <p>The commit keeps the rules of {@link LeadService#create} for every row, set-based: the same field rules
 * ({@link LeadRules}), the same buyer resolution (a row joins the strongest known buyer that is the same company by
 * {@link BuyerMatch#sameBuyer()}, else founds one), the same conflict detection (other firms' held claims on buyers
 * that {@link BuyerMatch#conflicts()} for an overlapping category, recorded for staff with origin IMPORT), the same
 * visibility policy (ALLIANCE needs {@link LeadService#mayShareWithAlliance}), and a live event per new lead. Rows
 * describing the same buyer as an earlier row (by those same rules) are duplicates and are not saved, so that no two
 * saved rows need each other's buyer. One transaction holds the whole commit, in either mode; one audit entry
 * {@code lead.imported} records it.
 */
@Service
public class LeadImports {

    private static final Logger log = LoggerFactory.getLogger(LeadImports.class);

    private final ImportMatching matching;
    private final ImportSaving saving;
    private final ImportSlots slots;
    private final LeadService leads;
    private final FirmService firms;
    private final FairService fairs;
    private final MessageSource messages;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Counter importedRows;

    LeadImports(ImportMatching matching, ImportSaving saving, ImportSlots slots, LeadService leads, FirmService firms,
            FairService fairs, MessageSource messages, TransactionalOperator tx, Clock clock, MeterRegistry meters) {
        this.matching = matching;
        this.saving = saving;
        this.slots = slots;
        this.leads = leads;
        this.firms = firms;
        this.fairs = fairs;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
        this.importedRows = meters.counter("portal.lead.imported-rows");
    }

    /** The file as a table, or {@link ImportFileRefused}; parsed on a worker thread. */
    public Mono<ImportTable> read(byte[] content) {
        return Workers.call(() -> LeadFileReader.read(content));
    }

    /** The mapping the headers suggest. */
    public ColumnMapping suggest(ImportTable table) {
        return ColumnMapping.suggest(table.headers());
    }

    /** The report on every row, as a commit would find it now; saves nothing. {@link ImportsBusy} when full. */
    public Mono<ImportReport> preview(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings settings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ImportSettings s = effective(settings);
        return slots.hold(tx.transactional(drafts(actor, table, mapping, s)
                .flatMap(rows -> matching.analyse(actor, rows, now))))
                .map(ImportMatching.Analysis::report);
    }

    /**
     * Checks every row again and saves: in {@link ImportMode#ALL_OR_NOTHING} nothing when any row cannot be saved
     * ({@link ImportHasProblems}), in {@link ImportMode#GOOD_ROWS} every row that can. Emits CHECKING, SAVING after
     * each batch, and DONE with the result once committed. {@link ImportsBusy} when as many imports as this instance
     * runs at once are running.
     */
    public Flux<ImportProgress> commit(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings settings,
            ImportMode mode) {
        return slots.hold(Flux.defer(() -> {
            long started = System.nanoTime();
            UUID importId = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(clock);
            ImportSettings s = effective(settings);
            AtomicReference<ImportResult> result = new AtomicReference<>();
            AtomicLong checked = new AtomicLong();
            Flux<ImportProgress> work = drafts(actor, table, mapping, s)
                    .flatMap(rows -> matching.analyse(actor, rows, now))
                    .doOnNext(analysis -> checked.set(System.nanoTime()))
                    .flatMapMany(analysis -> mode == ImportMode.ALL_OR_NOTHING && analysis.report().rejected() > 0
                            ? Flux.error(new ImportHasProblems(analysis.report()))
                            : saving.save(actor, importId, mode, s, analysis, now, result::set));
            return Flux.concat(Mono.just(ImportProgress.checking(table.rows().size())), tx.transactional(work),
                    Mono.fromSupplier(() -> {
                        ImportResult done = result.get();
                        importedRows.increment(done.imported());
                        if (done.imported() > 0) {
                            matching.mergePendingLater();
                        }
                        long end = System.nanoTime();
                        log.info("Lead import {} saved {} of {} rows in {} ms (checked in {} ms)", importId,
                                done.imported(), done.report().total(), (end - started) / 1_000_000,
                                (checked.get() - started) / 1_000_000);
                        return ImportProgress.done(done);
                    }));
        }));
    }

    /** The commit's result alone, for callers without a progress bar (the API). */
    public Mono<ImportResult> run(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings settings,
            ImportMode mode) {
        return commit(actor, table, mapping, settings, mode).last().mapNotNull(ImportProgress::result);
    }

    /** Shares matter only for SELECTED; other visibilities keep none. */
    private static ImportSettings effective(ImportSettings s) {
        return s.visibility() == Visibility.SELECTED ? s
                : new ImportSettings(s.visibility(), Set.of(), Set.of(), s.defaultSource(), s.fairId());
    }

    // --- Checking -----------------------------------------------------------------------------------------------

    private Mono<List<Drafted>> drafts(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings s) {
        return Checks.valid(mapping.check())
                .then(leads.categories())
                .flatMap(categories -> checkSettings(actor, s, categories.keySet())
                        .then(Workers.call(() -> {
                            RowDrafts drafts = new RowDrafts(mapping, s, categories, sourceLabels());
                            // CPU only (the rules, phone numbers): spread over the cores.
                            return table.rows().parallelStream().map(drafts::draft).toList();
                        })));
    }

    /** The settings hold for every row, so they are checked once, as {@code LeadService} checks a draft's. */
    private Mono<Void> checkSettings(Actor actor, ImportSettings s, Set<String> knownCategories) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.visibility() == Visibility.SELECTED && s.shareFirms().isEmpty() && s.shareCategories().isEmpty()) {
            problems.add(new FieldProblem("visibility", "lead.validation.share-with-nobody"));
        }
        if (!knownCategories.containsAll(s.shareCategories())) {
            problems.add(new FieldProblem("shareCategories", "validation.bad-value"));
        }
        return Checks.valid(problems)
                .then(Mono.defer(() -> s.visibility() != Visibility.ALLIANCE ? Mono.<Void>empty()
                        : leads.mayShareWithAlliance(actor).flatMap(may -> may ? Mono.<Void>empty()
                                : Mono.error(new AllianceSharingNotPermitted()))))
                .then(Mono.defer(() -> s.fairId() == null ? Mono.<Void>empty()
                        : fairs.find(s.fairId()).onErrorMap(FairNotFound.class, e -> invalid("fairId")).then()))
                .then(Mono.defer(() -> s.shareFirms().isEmpty() ? Mono.<Void>empty()
                        : firms.byId().flatMap(all -> all.keySet().containsAll(s.shareFirms()) ? Mono.<Void>empty()
                                : Mono.error(invalid("shareFirms")))));
    }

    private static InvalidInput invalid(String field) {
        return new InvalidInput(List.of(new FieldProblem(field, "validation.bad-value")));
    }

    /** Every label of every source in both languages, so a sheet may say 展会 or "Trade fair". */
    private Map<String, LeadSource> sourceLabels() {
        Map<String, LeadSource> labels = new HashMap<>();
        for (LeadSource source : LeadSource.values()) {
            for (var locale : PortalLocales.SUPPORTED) {
                labels.put(messages.getMessage(source.messageKey(), null, source.name(), locale), source);
            }
        }
        return labels;
    }
}
