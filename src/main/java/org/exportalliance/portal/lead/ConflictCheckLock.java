package org.exportalliance.portal.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Makes "check for conflicts, then write the claim" atomic (architecture §17). The exclusion constraint settles two
 * claims on the same buyer, but the conflict check also reads other buyers: similar names in a country, shared
 * company domains and phones. Two claims on two similar buyers would each find the other's buyer free and both
 * commit. So every transaction that creates a held claim first takes transaction-level advisory locks on what its
 * check reads, and the check runs after them, in the same transaction.
 *
 * <p>Per category, one lock per key of the claimed buyer's identity: the lead's country and its buyer's (names are
 * compared within a country), and every company domain and phone of the buyer's leads. Two claims whose checks
 * could find each other's buyer share at least one such key: a name match means the other buyer's country is the
 * checking lead's; a domain or phone match means a lead of the other buyer carries the checking lead's domain or
 * phone. Claims that share no key do not wait for each other.
 *
 * <p>The locks are {@code pg_advisory_xact_lock(int, int)} in spaces of their own (other features use single bigint
 * keys, a separate key space), released at commit or rollback, and always taken in one order (category locks, then
 * identity locks, each by key), so two claims never deadlock. Each identity lock sits under a shared lock on its
 * category; a claim that would need more than {@link #MAX_IDENTITY_LOCKS} identity locks (a buyer with very many
 * contacts) takes its categories exclusively instead, which serialises it with every claim in them while keeping
 * the number of locks a transaction holds small.
 */
@Component
public class ConflictCheckLock {

    /** "Clm" and a level: category locks, then identity locks. */
    static final int CATEGORY_SPACE = 0x436c6d00;
    static final int IDENTITY_SPACE = 0x436c6d01;
    static final int MAX_IDENTITY_LOCKS = 64;

    private final BuyerRepository buyers;

    ConflictCheckLock(BuyerRepository buyers) {
        this.buyers = buyers;
    }

    /**
     * Waits for and takes the locks for a claim on the buyer of {@code leadId} in {@code categories}. Must run inside
     * the transaction that checks and writes the claim: the locks last until it ends.
     */
    public Mono<Void> acquire(UUID leadId, Set<String> categories) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "the conflict check lock is taken inside the claim's transaction")))
                .then(Mono.defer(() -> buyers.identityKeys(leadId)))
                .flatMap(keys -> lock(plan(keys, categories)));
    }

    /** One advisory lock: its space, its key within it, and whether it is shared. */
    record Lock(int space, int key, boolean shared) {
    }

    /** The locks in the order they are taken. */
    static List<Lock> plan(List<String> identityKeys, Set<String> categories) {
        boolean whole = (long) identityKeys.size() * categories.size() > MAX_IDENTITY_LOCKS;
        Map<Long, Lock> locks = new LinkedHashMap<>();
        for (String category : categories) {
            put(locks, new Lock(CATEGORY_SPACE, category.hashCode(), !whole));
            if (!whole) {
                for (String key : identityKeys) {
                    put(locks, new Lock(IDENTITY_SPACE, (category + '\u0000' + key).hashCode(), false));
                }
            }
        }
        List<Lock> ordered = new ArrayList<>(locks.values());
        ordered.sort(Comparator.comparingInt(Lock::space).thenComparingInt(Lock::key));
        return ordered;
    }

    /** Two keys that hash alike are one lock; exclusive wins over shared. */
    private static void put(Map<Long, Lock> locks, Lock lock) {
        long id = ((long) lock.space() << 32) | (lock.key() & 0xffffffffL);
        locks.merge(id, lock, (a, b) -> a.shared() ? b : a);
    }

    /** One statement for all the locks, taken in the plan's order. */
    private Mono<Void> lock(List<Lock> locks) {
        return locks.isEmpty() ? Mono.empty() : buyers.lock(locks);
    }
}
