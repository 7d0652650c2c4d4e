package org.exportalliance.portal.lead;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Leads: create, edit, list and read them within their visibility, reveal contacts (audited), and follow new ones
 * live. Conflict detection runs on every save and reports other members' holds as blind signals.
 */
@Service
public class LeadService {

    public static final String TOPIC = "lead";

    private final LeadRepository leads;
    private final BuyerMatching matching;
    private final FirmService firms;
    private final FairService fairs;
    private final AuditService audit;
    private final LiveEvents live;
    private final Changes changes;
    private final LeadPolicyRepository policies;
    private final Clock clock;
    private final Counter created;
    private final Counter reveals;
    private final TransactionalOperator tx;

    LeadService(LeadRepository leads, BuyerMatching matching, FirmService firms, FairService fairs,
            AuditService audit, LiveEvents live, Changes changes, LeadPolicyRepository policies, Clock clock,
            MeterRegistry meters, TransactionalOperator tx) {
        this.tx = tx;
        this.leads = leads;
        this.matching = matching;
        this.firms = firms;
        this.fairs = fairs;
        this.audit = audit;
        this.live = live;
        this.changes = changes;
        this.policies = policies;
        this.clock = clock;
        this.created = meters.counter("portal.lead.creations");
        this.reveals = meters.counter("portal.lead.contact-reveals");
    }

    /** The machine-category taxonomy, by code in display order. */
    public Mono<Map<String, MachineCategory>> categories() {
        return firms.categories().collectMap(MachineCategory::code, c -> c, java.util.LinkedHashMap::new);
    }

    public Mono<LeadPolicy> policy() {
        return policies.find();
    }

    public Mono<LeadPolicy> setPolicy(Actor actor, LeadPolicy policy) {
        List<FieldProblem> problems = policy.claimWindowDays() < LeadPolicy.MIN_WINDOW
                || policy.claimWindowDays() > LeadPolicy.MAX_WINDOW
                ? List.of(new FieldProblem("claimWindowDays", "lead.validation.window")) : List.of();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(problems))
                .then(Mono.defer(() -> policies.update(policy, actor.userId(), now())))
                .then(audit.record(actor.userId(), "lead.policy-changed", "lead_policy", "alliance",
                        "share=" + policy.membersMayShareAlliance() + " days=" + policy.claimWindowDays()))
                .thenReturn(policy));
    }

    /** Whether this actor may share leads with the whole alliance under the current policy. */
    public Mono<Boolean> mayShareWithAlliance(Actor actor) {
        if (actor.isStaff() || actor.has(Role.CHAIN_LEADER)) {
            return Mono.just(true);
        }
        return policy().map(LeadPolicy::membersMayShareAlliance);
    }

    public Mono<LeadCreated> create(Actor actor, LeadDraft draft) {
        LeadDraft d = draft.normalised();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        return tx.transactional(checked(actor, d)
                .then(Mono.defer(() -> {
                    BuyerIdentity identity = BuyerIdentity.of(d);
                    return matching.resolve(identity, now)
                            .flatMap(buyer -> leads.insert(id, buyer, actor, d, webDomain(d), now)
                                    .then(signals(actor, id, identity, d.categories(), buyer, "CREATE", now)));
                }))
                .flatMap(signals -> leads.findVisible(actor, id).flatMap(leads::shares)
                        .flatMap(lead -> changed(actor, "lead.created", lead))
                        .map(lead -> new LeadCreated(lead, signals)))
                .doOnSuccess(c -> created.increment()));
    }

    public Mono<LeadCreated> update(Actor actor, UUID id, long version, LeadDraft draft) {
        LeadDraft d = draft.normalised();
        OffsetDateTime now = now();
        return tx.transactional(leads.findVisible(actor, id)
                .filter(lead -> actor.isStaff() || lead.ownedBy(actor.firmId()))
                .switchIfEmpty(Mono.error(LeadNotFound::new))
                .flatMap(existing -> checked(actor, d).then(Mono.defer(() -> {
                    BuyerIdentity identity = BuyerIdentity.of(d);
                    Mono<UUID> buyer = identity.normalisedName().equals(BuyerNames.normalise(existing.companyName()))
                            && identity.country().equals(existing.country())
                            ? Mono.just(existing.buyerId()) : matching.resolve(identity, now);
                    return buyer.flatMap(b -> leads.update(actor, id, version, b, d, webDomain(d), now)
                            .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                            .then(signals(actor, id, identity, d.categories(), b, "CREATE", now)));
                })))
                .flatMap(signals -> leads.findVisible(actor, id).flatMap(leads::shares)
                        .flatMap(lead -> changed(actor, "lead.updated", lead))
                        .map(lead -> new LeadCreated(lead, signals))));
    }

    /** One lead the actor may see, with its shares when the actor owns it or is staff, and the holds on its buyer. */
    public Mono<LeadRow> find(Actor actor, UUID id) {
        return leads.findVisible(actor, id)
                .switchIfEmpty(Mono.error(LeadNotFound::new))
                .flatMap(lead -> actor.isStaff() || lead.ownedBy(actor.firmId()) ? leads.shares(lead)
                        : Mono.just(lead))
                .flatMap(lead -> withHolds(actor, List.of(lead)).map(List::getFirst));
    }

    /** The leads the actor may see, newest first, each with the holds on its buyer. */
    public Flux<LeadRow> search(Actor actor, LeadFilter filter, LeadPage page) {
        return leads.search(actor, filter, page).collectList()
                .flatMap(list -> withHolds(actor, list))
                .flatMapMany(Flux::fromIterable);
    }

    /**
     * The contacts of a lead, revealed: to its owner firm, staff, a firm holding the buyer, or anyone who may see the
     * lead while no other member holds the buyer. Every reveal is audited (who, which lead, when; never the details).
     */
    public Mono<List<Contact>> reveal(Actor actor, UUID id) {
        return tx.transactional(find(actor, id)
                .flatMap(row -> {
                    boolean privileged = actor.isStaff() || row.lead().ownedBy(actor.firmId())
                            || row.holds().stream().anyMatch(Hold::ours);
                    if (!privileged && !row.othersHolds().isEmpty()) {
                        return Mono.error(new ContactsWithheld());
                    }
                    return audit.record(actor.userId(), "lead.contacts-revealed", TOPIC, id, null)
                            .then(leads.contacts(id).collectList())
                            .doOnSuccess(c -> reveals.increment());
                }));
    }

    /**
     * Leads as they are created or shared on any instance, but only those this actor may see: each event is an id,
     * read back through the same visibility condition as every list.
     */
    public Flux<LeadRow> feed(Actor actor) {
        return live.stream(TOPIC)
                .filter(event -> !event.isResync() && event.id() != null)
                // Every lead counts here (each is named to the user), and the stream drops what is not asked for:
                // keep what arrives while the previous one is being read.
                .onBackpressureBuffer()
                .concatMap(event -> find(actor, UUID.fromString(event.id())).onErrorComplete(LeadNotFound.class));
    }

    private Mono<Void> checked(Actor actor, LeadDraft d) {
        return categories().flatMap(known -> Checks.valid(LeadRules.check(d, known.keySet())))
                .then(Mono.defer(() -> d.visibility() == Visibility.ALLIANCE
                        ? mayShareWithAlliance(actor).flatMap(may -> may ? Mono.<Void>empty()
                                : Mono.error(new AllianceSharingNotPermitted()))
                        : Mono.<Void>empty()))
                .then(Mono.defer(() -> d.fairId() == null ? Mono.<Void>empty()
                        : fairs.find(d.fairId()).onErrorMap(FairNotFound.class,
                                e -> new InvalidInput(List.of(new FieldProblem("fairId", "validation.bad-value"))))
                                .then()))
                .then(Mono.defer(() -> d.shareFirms().isEmpty() ? Mono.<Void>empty()
                        : firms.byId().flatMap(all -> all.keySet().containsAll(d.shareFirms()) ? Mono.<Void>empty()
                                : Mono.error(new InvalidInput(List.of(
                                        new FieldProblem("shareFirms", "validation.bad-value")))))));
    }

    private Mono<List<Hold>> signals(Actor actor, UUID leadId, BuyerIdentity identity, Set<String> categories,
            UUID buyer, String origin, OffsetDateTime now) {
        return matching.conflicts(identity, categories, actor.firmId(), buyer, now)
                .flatMap(conflicts -> matching.record(origin, actor, leadId, conflicts, now)
                        .thenReturn(conflicts.stream().flatMap(c -> c.holds().stream()).distinct().toList()));
    }

    private Mono<List<LeadRow>> withHolds(Actor actor, List<Lead> list) {
        Set<UUID> buyers = list.stream().map(Lead::buyerId).collect(Collectors.toSet());
        return leads.holds(actor.firmId(), buyers, now())
                .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                .map(holds -> {
                    List<LeadRow> rows = new ArrayList<>(list.size());
                    for (Lead lead : list) {
                        rows.add(new LeadRow(lead, List.copyOf(holds.getOrDefault(lead.buyerId(), List.of()))));
                    }
                    return rows;
                });
    }

    private Mono<Lead> changed(Actor actor, String action, Lead lead) {
        return changes.record(actor.userId(), action, TOPIC, lead.id(), lead.visibility().name()).thenReturn(lead);
    }

    private static @org.jspecify.annotations.Nullable String webDomain(LeadDraft d) {
        return d.website() == null ? null : WebDomains.ofWebsite(d.website()).orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
