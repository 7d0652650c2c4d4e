package org.exportalliance.portal.account;

import io.r2dbc.spi.R2dbcException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Changes to accounts once they exist: passwords, profiles, roles, whether a person or a whole firm may sign in. The
 * storage and the hashing only: who may change what, and the refusals, audit and e-mail around it, are the firm
 * feature's people services, which sit above the platform this package sits below.
 */
@Service
public class AccountChanges {

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountChanges(UserAccountRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Whether {@code raw} is the account's password; false for an unknown account. */
    public Mono<Boolean> passwordMatches(UUID userId, String raw) {
        return users.passwordHash(userId)
                .flatMap(hash -> offloaded(() -> passwords.matches(raw, hash)))
                .defaultIfEmpty(false);
    }

    /** Stores a new password (hashed off the reactive threads); {@code mustChange} asks for another at sign-in. */
    public Mono<Void> setPassword(UUID userId, String raw, boolean mustChange) {
        return offloaded(() -> passwords.encode(raw))
                .flatMap(hash -> users.updatePassword(userId, hash, clock.instant(), mustChange))
                .then();
    }

    public Mono<Void> demandPasswordChange(UUID userId) {
        return users.demandPasswordChange(userId).then();
    }

    public Mono<UserAccount> updateProfile(UUID userId, String displayName, @Nullable String email, String locale) {
        return users.updateProfile(userId, displayName, email, locale);
    }

    /**
     * Empty when the person is not of {@code firmId}; {@link LastAdminKept} when the firm would lose its last admin.
     */
    public Mono<UserAccount> setRoles(UUID firmId, UUID userId, Set<Role> roles) {
        return users.updateRoles(firmId, userId, roles).onErrorMap(AccountChanges::lastAdmin, e -> new LastAdminKept());
    }

    /**
     * Deactivates or reactivates a person of {@code firmId}; empty when there is no such person or nothing changes.
     * {@link LastAdminKept} when the firm would lose its last admin.
     */
    public Mono<UserAccount> setEnabled(UUID firmId, UUID userId, boolean enabled) {
        return users.updateEnabled(firmId, userId, enabled, clock.instant())
                .onErrorMap(AccountChanges::lastAdmin, e -> new LastAdminKept());
    }

    /** Lets a firm's people sign in, or not, with its membership; the ids of the people this changed. */
    public Flux<UUID> setFirmSuspended(UUID firmId, boolean suspended) {
        return users.updateFirmSuspended(firmId, suspended);
    }

    public Mono<UserAccount> findByEmail(String email) {
        return users.findByEmail(email);
    }

    /** The trigger's refusal, whether it arrives as the driver raised it or as Spring translated it. */
    private static boolean lastAdmin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof R2dbcException r && LastAdminKept.SQL_STATE.equals(r.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** The encoder is deliberately slow and may read the entropy source: off the reactive threads, handed back. */
    private static <T> Mono<T> offloaded(java.util.concurrent.Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).publishOn(Schedulers.parallel());
    }
}
