package org.exportalliance.portal.firm;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The alliance's firms. Names and kinds are alliance-public; everything a firm owns is scoped by its id. */
@Service
public class FirmService {

    /** The advisory lock under which the association and its first people are registered (demo or bootstrap). */
    public static final long REGISTRATION_LOCK = 7_100_001L;

    private static final Duration TAXONOMY_KEPT = Duration.ofMinutes(10);
    private final FirmRepository firms;
    private final TransactionalOperator tx;
    private final Flux<MachineCategory> taxonomy;

    FirmService(FirmRepository firms, TransactionalOperator tx) {
        this.firms = firms;
        this.tx = tx;
        this.taxonomy = firms.taxonomy().cache(TAXONOMY_KEPT);
    }

    /** The actor's own firm. */
    public Mono<Firm> firmOf(Actor actor) {
        return firms.find(actor.firmId());
    }

    public Mono<Firm> find(UUID id) {
        return firms.find(id);
    }

    /** Every firm by id: what views and exports look names up in. */
    public Mono<Map<UUID, Firm>> byId() {
        return all().collectMap(Firm::id);
    }

    public Flux<Firm> all() {
        return firms.all();
    }

    public Mono<Firm> create(String nameZh, String nameEn, FirmKind kind, String tier, String city) {
        return firms.insert(UUID.randomUUID(), nameZh, nameEn, kind, tier, city);
    }

    /** The association that runs the alliance, if it is registered. */
    public Mono<Firm> association() {
        return firms.association();
    }

    /** Membership tiers of the given firms (alliance-public facts), by firm id. */
    public Mono<Map<UUID, String>> tiersOf(Collection<UUID> firmIds) {
        if (firmIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return firms.tiersOf(firmIds);
    }

    /**
     * The machine-category taxonomy, in its display order. Only migrations change it, yet every lead saved, claim
     * made and import checked asks for it: it is read once and kept for a while.
     */
    public Flux<MachineCategory> categories() {
        return taxonomy;
    }

    /** The categories a firm makes (alliance-public, like its name). */
    public Mono<Set<String>> categoriesOf(UUID firmId) {
        return firms.categoriesOf(firmId);
    }

    /** Replaces what a firm makes; its own admins or staff. Unknown codes fail on the foreign key. */
    public Mono<Void> setCategories(Actor actor, UUID firmId, Set<String> categories) {
        if (!actor.mayActFor(firmId) || !(actor.isStaff() || actor.has(Role.FIRM_ADMIN))) {
            return Mono.error(new NotPermitted());
        }
        return tx.transactional(firms.replaceCategories(firmId, categories));
    }

    public Mono<Long> count() {
        return firms.count();
    }
}
