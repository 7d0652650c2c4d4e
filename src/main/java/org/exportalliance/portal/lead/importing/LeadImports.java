package org.exportalliance.portal.lead.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.AllianceSharingNotPermitted;
import org.exportalliance.portal.lead.BuyerIdentity;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.Conflict;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.PhoneNumbers;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.WebDomains;
import org.exportalliance.portal.lead.importing.LeadImportRepository.Candidate;
import org.exportalliance.portal.lead.importing.LeadImportRepository.HeldScope;
import org.exportalliance.portal.lead.importing.LeadImportRepository.NewConflict;
import org.exportalliance.portal.lead.importing.LeadImportRepository.NewContact;
import org.exportalliance.portal.lead.importing.LeadImportRepository.NewLead;
import org.exportalliance.portal.lead.importing.LeadImportRepository.Staged;
import org.exportalliance.portal.lead.importing.RowDrafts.Drafted;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

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

    /** Rows per set of statements: big enough that round trips vanish, small enough for steady progress. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(LeadImports.class);

    private final LeadImportRepository repository;
    private final LeadService leads;
    private final FirmService firms;
    private final FairService fairs;
    private final AuditService audit;
    private final LiveEvents live;
    private final MessageSource messages;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Counter importedRows;

    LeadImports(LeadImportRepository repository, LeadService leads, FirmService firms, FairService fairs,
            AuditService audit, LiveEvents live, MessageSource messages, TransactionalOperator tx, Clock clock,
            MeterRegistry meters) {
        this.repository = repository;
        this.leads = leads;
        this.firms = firms;
        this.fairs = fairs;
        this.audit = audit;
        this.live = live;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
        this.importedRows = meters.counter("portal.lead.imported-rows");
    }

    /** The file as a table, or {@link ImportFileRefused}; parsed on a worker thread. */
    public Mono<ImportTable> read(byte[] content) {
        return Mono.fromCallable(() -> LeadFileReader.read(content)).subscribeOn(Schedulers.boundedElastic());
    }

    /** The mapping the headers suggest. */
    public ColumnMapping suggest(ImportTable table) {
        return ColumnMapping.suggest(table.headers());
    }

    /** The report on every row, as a commit would find it now; saves nothing. */
    public Mono<ImportReport> preview(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings settings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ImportSettings s = effective(settings);
        return tx.transactional(drafts(actor, table, mapping, s).flatMap(rows -> analyse(actor, rows, now)))
                .map(Analysis::report);
    }

    /**
     * Checks every row again and saves: in {@link ImportMode#ALL_OR_NOTHING} nothing when any row cannot be saved
     * ({@link ImportHasProblems}), in {@link ImportMode#GOOD_ROWS} every row that can. Emits CHECKING, SAVING after
     * each batch, and DONE with the result once committed.
     */
    public Flux<ImportProgress> commit(Actor actor, ImportTable table, ColumnMapping mapping, ImportSettings settings,
            ImportMode mode) {
        return Flux.defer(() -> {
            long started = System.nanoTime();
            UUID importId = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(clock);
            ImportSettings s = effective(settings);
            AtomicReference<ImportResult> result = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicLong checked = new java.util.concurrent.atomic.AtomicLong();
            Flux<ImportProgress> work = drafts(actor, table, mapping, s)
                    .flatMap(rows -> analyse(actor, rows, now))
                    .doOnNext(analysis -> checked.set(System.nanoTime()))
                    .flatMapMany(analysis -> mode == ImportMode.ALL_OR_NOTHING && analysis.report().rejected() > 0
                            ? Flux.error(new ImportHasProblems(analysis.report()))
                            : save(actor, importId, mode, s, analysis, now, result));
            return Flux.concat(Mono.just(ImportProgress.checking(table.rows().size())), tx.transactional(work),
                    Mono.fromSupplier(() -> {
                        ImportResult done = result.get();
                        importedRows.increment(done.imported());
                        long end = System.nanoTime();
                        log.info("Lead import {} saved {} of {} rows in {} ms (checked in {} ms)", importId,
                                done.imported(), done.report().total(), (end - started) / 1_000_000,
                                (checked.get() - started) / 1_000_000);
                        return ImportProgress.done(done);
                    }));
        });
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
                        .then(Mono.fromCallable(() -> {
                            RowDrafts drafts = new RowDrafts(mapping, s, categories, sourceLabels());
                            // CPU only (the rules, phone numbers): spread over the cores.
                            return table.rows().parallelStream().map(drafts::draft).toList();
                        }).subscribeOn(Schedulers.boundedElastic())));
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

    /** One row after matching: its identity, the earlier row it repeats, the known buyer it joins, its conflicts. */
    private record Checked(Drafted drafted, @Nullable Integer duplicateOf, @Nullable UUID knownBuyer,
            List<Conflict> conflicts) {

        List<FieldProblem> problems() {
            return drafted.problems();
        }

        @Nullable BuyerIdentity identity() {
            return drafted.identity();
        }

        RowReport report() {
            List<Hold> signals = conflicts.stream().flatMap(c -> c.holds().stream()).distinct()
                    .sorted(Comparator.comparing(Hold::category).thenComparing(Hold::until)).toList();
            return new RowReport(drafted.row().number(), drafted.draft().companyName(), drafted.problems(),
                    duplicateOf, signals, null);
        }
    }

    private record Analysis(List<Checked> rows) {

        ImportReport report() {
            return new ImportReport(rows.stream().map(Checked::report).toList());
        }
    }

    /**
     * Matches every valid row at once, in the caller's transaction: against the earlier rows (duplicates), against
     * known buyers (the buyer a row joins), and against other firms' held claims (conflicts).
     */
    private Mono<Analysis> analyse(Actor actor, List<Drafted> rows, OffsetDateTime now) {
        Map<Integer, BuyerIdentity> identities = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            BuyerIdentity identity = rows.get(i).identity();
            if (identity != null) {
                identities.put(i, identity);
            }
        }
        Map<Integer, Integer> duplicateOf = sameIdentity(identities);
        List<Staged> staged = identities.entrySet().stream()
                .map(e -> new Staged(e.getKey(), e.getValue().normalisedName(), e.getValue().country())).toList();
        List<Integer> domainRows = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        List<Integer> phoneRows = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        identities.forEach((i, identity) -> {
            identity.domains().forEach(d -> {
                domainRows.add(i);
                domains.add(d);
            });
            identity.phones().forEach(p -> {
                phoneRows.add(i);
                phones.add(p);
            });
        });
        Mono<List<Candidate>> candidates = identities.isEmpty() ? Mono.just(List.of())
                : repository.stage(staged)
                        .then(repository.alikeRows())
                        .doOnNext(alike -> alike.stream().filter(a -> a.score() >= BuyerMatch.SAME_NAME)
                                .forEach(a -> duplicateOf.merge(a.later(), a.earlier(), Math::min)))
                        .then(repository.sameNameHits())
                        .zipWhen(same -> repository.heldNameHits(actor.firmId(), now), (same, held) -> {
                            List<LeadImportRepository.NameHit> names = new ArrayList<>(same);
                            names.addAll(held);
                            return names;
                        })
                        .flatMap(names -> repository.candidates(names, domainRows, domains, phoneRows, phones));
        return candidates.flatMap(found -> {
            Map<Integer, List<BuyerMatch>> byRow = new HashMap<>();
            found.forEach(c -> byRow.computeIfAbsent(c.index(), k -> new ArrayList<>()).add(c.match()));
            Map<Integer, UUID> knownBuyer = new HashMap<>();
            Map<Integer, Map<UUID, BuyerMatch>> conflicting = new HashMap<>();
            Set<UUID> conflictBuyers = new HashSet<>();
            byRow.forEach((i, matches) -> {
                UUID buyer = matches.stream().filter(BuyerMatch::sameBuyer).min(BuyerMatch.strongestFirst())
                        .map(BuyerMatch::buyerId).orElse(null);
                Map<UUID, BuyerMatch> conflicts = new LinkedHashMap<>();
                matches.stream().filter(BuyerMatch::conflicts).forEach(m -> conflicts.put(m.buyerId(), m));
                if (buyer != null) {
                    knownBuyer.put(i, buyer);
                    // As LeadService does: the lead's own buyer counts as matched by name, fully.
                    conflicts.put(buyer, new BuyerMatch(buyer, 1.0, true, false, false));
                }
                conflicting.put(i, conflicts);
                conflictBuyers.addAll(conflicts.keySet());
            });
            return repository.heldByOthers(conflictBuyers, actor.firmId(), now).map(held -> {
                Map<UUID, List<HeldScope>> heldByBuyer = new HashMap<>();
                held.forEach(h -> heldByBuyer.computeIfAbsent(h.buyerId(), k -> new ArrayList<>()).add(h));
                List<Checked> checked = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    Drafted row = rows.get(i);
                    Integer earlier = duplicateOf.get(i);
                    List<Conflict> conflicts = conflictsOf(row.draft(), conflicting.getOrDefault(i, Map.of()),
                            heldByBuyer);
                    checked.add(new Checked(row, earlier == null ? null : rows.get(earlier).row().number(),
                            knownBuyer.get(i), conflicts));
                }
                return new Analysis(checked);
            });
        });
    }

    /** Each row's earliest earlier row with the same normalised name and country, company domain or phone. */
    private static Map<Integer, Integer> sameIdentity(Map<Integer, BuyerIdentity> identities) {
        Map<Integer, Integer> duplicateOf = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        identities.forEach((i, identity) -> {
            List<String> keys = new ArrayList<>();
            keys.add("name:" + identity.country() + ":" + identity.normalisedName());
            identity.domains().forEach(d -> keys.add("domain:" + d));
            identity.phones().forEach(p -> keys.add("phone:" + p));
            for (String key : keys) {
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null) {
                    duplicateOf.merge(i, earlier, Math::min);
                }
            }
        });
        return duplicateOf;
    }

    /** As {@code BuyerMatching.conflicts}: per held claim, its scopes on matching buyers in the row's categories. */
    private static List<Conflict> conflictsOf(LeadDraft draft, Map<UUID, BuyerMatch> matches,
            Map<UUID, List<HeldScope>> heldByBuyer) {
        Map<UUID, List<HeldScope>> byClaim = new LinkedHashMap<>();
        for (UUID buyer : matches.keySet()) {
            for (HeldScope scope : heldByBuyer.getOrDefault(buyer, List.of())) {
                if (draft.categories().contains(scope.hold().category())) {
                    byClaim.computeIfAbsent(scope.claimId(), k -> new ArrayList<>()).add(scope);
                }
            }
        }
        return byClaim.entrySet().stream()
                .map(e -> new Conflict(e.getKey(), e.getValue().stream().map(HeldScope::hold)
                        .sorted(Comparator.comparing(Hold::category)).toList(),
                        matches.get(e.getValue().getFirst().buyerId())))
                .toList();
    }

    // --- Saving -------------------------------------------------------------------------------------------------

    private Flux<ImportProgress> save(Actor actor, UUID importId, ImportMode mode, ImportSettings settings,
            Analysis analysis, OffsetDateTime now, AtomicReference<ImportResult> result) {
        List<Checked> saving = analysis.rows().stream()
                .filter(c -> c.problems().isEmpty() && c.duplicateOf() == null).toList();
        Map<Checked, UUID> leadIds = new java.util.IdentityHashMap<>();
        saving.forEach(c -> leadIds.put(c, UUID.randomUUID()));
        List<List<Checked>> batches = new ArrayList<>();
        for (int from = 0; from < saving.size(); from += BATCH) {
            batches.add(saving.subList(from, Math.min(saving.size(), from + BATCH)));
        }
        AtomicInteger done = new AtomicInteger();
        Mono<ImportProgress> finish = Mono.defer(() -> {
            ImportReport report = new ImportReport(analysis.rows().stream()
                    .map(c -> leadIds.containsKey(c) ? c.report().imported(leadIds.get(c)) : c.report()).toList());
            ImportResult r = new ImportResult(importId, mode, report);
            result.set(r);
            return r.imported() == 0 ? Mono.empty()
                    : audit.record(actor.userId(), "lead.imported", LeadService.TOPIC, importId,
                            "rows=" + r.imported() + " skipped=" + r.skipped() + " conflicts=" + r.conflicted()
                                    + " mode=" + mode + " visibility=" + settings.visibility());
        }).then(Mono.empty());
        return Flux.fromIterable(batches)
                .concatMap(batch -> saveBatch(actor, settings, batch, leadIds, now)
                        .then(Mono.fromSupplier(() -> ImportProgress.saving(done.addAndGet(batch.size()),
                                saving.size()))))
                .concatWith(finish);
    }

    private Mono<Void> saveBatch(Actor actor, ImportSettings settings, List<Checked> batch,
            Map<Checked, UUID> leadIds, OffsetDateTime now) {
        List<UUID> newBuyers = new ArrayList<>();
        List<String> newNames = new ArrayList<>();
        List<String> newCountries = new ArrayList<>();
        List<NewLead> newLeads = new ArrayList<>();
        List<UUID> categoryLeads = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<NewContact> contacts = new ArrayList<>();
        List<NewConflict> conflicts = new ArrayList<>();
        for (Checked c : batch) {
            LeadDraft d = c.drafted().draft();
            BuyerIdentity identity = java.util.Objects.requireNonNull(c.identity());
            String country = identity.country();
            UUID leadId = leadIds.get(c);
            UUID buyer = c.knownBuyer();
            if (buyer == null) {
                buyer = UUID.randomUUID();
                newBuyers.add(buyer);
                newNames.add(identity.normalisedName());
                newCountries.add(country);
            }
            newLeads.add(new NewLead(leadId, buyer, java.util.Objects.requireNonNull(d.companyName()),
                    identity.normalisedName(), country, d.city() == null ? "" : d.city(),
                    d.website() == null ? null : WebDomains.ofWebsite(d.website()).orElse(null),
                    d.estimatedValue() == null ? null : d.estimatedValue().toPlainString(), d.currency(),
                    java.util.Objects.requireNonNull(d.source()).name(), d.notes() == null ? "" : d.notes()));
            for (String category : d.categories()) {
                categoryLeads.add(leadId);
                categories.add(category);
            }
            for (ContactDraft contact : d.contacts()) {
                contacts.add(new NewContact(leadId, java.util.Objects.requireNonNull(contact.name()),
                        contact.title() == null ? "" : contact.title(), contact.email(),
                        contact.email() == null ? null : WebDomains.ofEmail(contact.email()).orElse(null),
                        e164(contact.phone(), country), contact.wechat(), e164(contact.whatsapp(), country)));
            }
            for (Conflict conflict : c.conflicts()) {
                List<String> reasons = conflict.match().reasons();
                conflicts.add(new NewConflict(leadId, conflict.claimId(), List.copyOf(conflict.categories()),
                        reasons.isEmpty() ? List.of("SAME_BUYER") : reasons, conflict.match().nameScore()));
            }
        }
        List<UUID> ids = newLeads.stream().map(NewLead::id).toList();
        return repository.insertBuyers(newBuyers, newNames, newCountries, now)
                .then(repository.insertLeads(actor, newLeads, settings.fairId(), settings.visibility().name(), now))
                .then(repository.insertCategories(categoryLeads, categories))
                .then(repository.insertContacts(contacts))
                .then(repository.insertShares(ids, settings.shareFirms(), settings.shareCategories()))
                .then(repository.insertConflicts(actor, conflicts, now))
                .then(live.publishAll(LeadService.TOPIC, ids));
    }

    private static @Nullable String e164(@Nullable String phone, String country) {
        return phone == null ? null : PhoneNumbers.e164(phone, country).orElse(null);
    }
}
