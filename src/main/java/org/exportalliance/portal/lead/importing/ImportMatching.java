package org.exportalliance.portal.lead.importing;

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
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.BuyerIdentity;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.Conflict;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.Candidate;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.ContactKeys;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.HeldScope;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.NameHit;
import org.exportalliance.portal.lead.importing.ImportMatchRepository.Staged;
import org.exportalliance.portal.lead.importing.RowDrafts.Drafted;
import org.exportalliance.portal.lead.importing.TrigramJoin.Named;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Matches every valid row of a file at once, in the caller's transaction, by the rules of {@code BuyerMatching}:
 * against the earlier rows (duplicates), against known buyers (the buyer a row joins: the strongest that is the same
 * company by {@link BuyerMatch#sameBuyer()}), and against other firms' held claims (conflicts: buyers that
 * {@link BuyerMatch#conflicts()} for an overlapping category).
 */
@Component
class ImportMatching {

    private final ImportMatchRepository repository;
    private final ImportNameProbes probes;

    ImportMatching(ImportMatchRepository repository, ImportNameProbes probes) {
        this.repository = repository;
        this.probes = probes;
    }

    /** One row after matching: its identity, the earlier row it repeats, the known buyer it joins, its conflicts. */
    record Checked(Drafted drafted, @Nullable Integer duplicateOf, @Nullable UUID knownBuyer,
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

    /** Every row of a file, checked. */
    record Analysis(List<Checked> rows) {

        ImportReport report() {
            return new ImportReport(rows.stream().map(Checked::report).toList());
        }
    }

    /** The rows' identities by row index, and their company domains and phones as the statements take them. */
    private record Identities(Map<Integer, BuyerIdentity> byRow, ContactKeys contacts) {

        static Identities of(List<Drafted> rows) {
            Map<Integer, BuyerIdentity> byRow = new LinkedHashMap<>();
            ContactKeys contacts = new ContactKeys(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (int i = 0; i < rows.size(); i++) {
                BuyerIdentity identity = rows.get(i).identity();
                if (identity == null) {
                    continue;
                }
                byRow.put(i, identity);
                for (String d : identity.domains()) {
                    contacts.domainRows().add(i);
                    contacts.domains().add(d);
                }
                for (String p : identity.phones()) {
                    contacts.phoneRows().add(i);
                    contacts.phones().add(p);
                }
            }
            return new Identities(byRow, contacts);
        }

        List<Staged> staged() {
            return byRow.entrySet().stream()
                    .map(e -> new Staged(e.getKey(), e.getValue().normalisedName(), e.getValue().country())).toList();
        }
    }

    Mono<Analysis> analyse(Actor actor, List<Drafted> rows, OffsetDateTime now) {
        Identities ids = Identities.of(rows);
        Map<Integer, Integer> duplicateOf = sameIdentity(ids.byRow());
        List<Staged> staged = ids.staged();
        // The probes by name run on other connections while this one compares the rows with each other and with
        // the buyers other firms hold.
        Mono<List<Candidate>> candidates = staged.isEmpty() ? Mono.just(List.of())
                : Mono.zip(probes.sameNameHits(staged, ids.contacts()),
                                repository.stage(staged).then(byTrigrams(actor, now, duplicateOf)),
                                (same, held) -> {
                                    List<NameHit> names = new ArrayList<>(same);
                                    names.addAll(held);
                                    return names;
                                })
                        .flatMap(names -> repository.candidates(names, ids.contacts()));
        return candidates.flatMap(found -> checked(actor, rows, duplicateOf, found, now));
    }

    /**
     * The staged rows against each other (each later row at least {@link BuyerMatch#SAME_NAME} alike an earlier one
     * repeats it, as {@code duplicateOf} records) and against the buyers other firms hold (at least
     * {@link BuyerMatch#SIMILAR_NAME} alike: a conflict), compared in memory by {@link TrigramJoin}.
     */
    private Mono<List<NameHit>> byTrigrams(Actor actor, OffsetDateTime now, Map<Integer, Integer> duplicateOf) {
        return Mono.zip(repository.rowTrigrams(), repository.heldTrigrams(actor.firmId(), now))
                .publishOn(Schedulers.parallel())
                .map(found -> {
                    List<Named<Integer>> rows = found.getT1();
                    TrigramJoin.pairs(rows, rows, BuyerMatch.SAME_NAME, (later, earlier) -> earlier < later)
                            .forEach(p -> duplicateOf.merge(p.left(), p.right(), Math::min));
                    return TrigramJoin.pairs(rows, found.getT2(), BuyerMatch.SIMILAR_NAME, (row, buyer) -> true)
                            .stream().map(p -> new NameHit(p.left(), p.right())).toList();
                });
    }

    /** After a committed import: see {@link ImportNameProbes#mergePendingLater()}. */
    void mergePendingLater() {
        probes.mergePendingLater();
    }

    /** Each row's known buyer and conflicts from the candidates found for it. */
    private Mono<Analysis> checked(Actor actor, List<Drafted> rows, Map<Integer, Integer> duplicateOf,
            List<Candidate> found, OffsetDateTime now) {
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
}
