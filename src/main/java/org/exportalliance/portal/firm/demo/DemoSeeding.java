package org.exportalliance.portal.firm.demo;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.db.SeedOnce;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What every demo seeder shares: seeding once under an advisory lock however many instances start together
 * ({@link SeedOnce}), the people who play the demo as {@link DemoAlliance} made them (staff, the chain leader,
 * member of firm A, member2 of firm B, …), the firms that export (all but the association), and the clock. The
 * people are looked up, never assumed, so an older demo database works as well.
 */
@Component
public class DemoSeeding {

    private final SeedOnce seeding;
    private final AccountService accounts;
    private final FirmService firms;
    private final Clock clock;

    DemoSeeding(SeedOnce seeding, AccountService accounts, FirmService firms, Clock clock) {
        this.seeding = seeding;
        this.accounts = accounts;
        this.firms = firms;
        this.clock = clock;
    }

    /** Runs {@code seed} under advisory lock {@code lock} when {@code missing} says true; waits for it. */
    public void run(long lock, Mono<Boolean> missing, Supplier<Mono<Void>> seed) {
        seeding.run(lock, missing, seed);
    }

    /** Seeds what belongs to {@code target} (found under the lock) when {@code missing} says it is not there yet. */
    public <T> void run(long lock, Mono<T> target, Function<T, Mono<Boolean>> missing,
            Function<T, Mono<Void>> seed) {
        seeding.run(lock, target, missing, seed);
    }

    /** Whether the query (one boolean column, one row) says true: {@code select not exists (…)}. */
    public Mono<Boolean> check(String sql) {
        return seeding.check(sql);
    }

    /** The demo user {@code username} as an actor; empty if there is none. */
    public Mono<Actor> actor(String username) {
        return accounts.findByUsername(username).map(UserAccount::asActor);
    }

    /** Every firm but the association, in the order the firms are listed. */
    public Mono<List<Firm>> exporters() {
        return firms.all().filter(f -> f.kind() != FirmKind.ASSOCIATION).collectList();
    }

    public Clock clock() {
        return clock;
    }
}
