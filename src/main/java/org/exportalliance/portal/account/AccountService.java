package org.exportalliance.portal.account;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Accounts: sign-in checks, the user's own settings, and the users of a firm. */
@Service
public class AccountService {

    public static final Set<String> LOCALES = Set.of("zh-CN", "en");

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final SignInLockout lockout;
    private final ClientAddressLimit addresses;
    private final MeterRegistry meters;
    private final boolean demoMode;
    /**
     * Checked instead of a real hash when the name is no account, so an unknown name costs the same hash check as a
     * wrong password: made by the same encoder, hence the same algorithm and cost as the accounts' hashes. Made on a
     * worker as the portal starts, beside the rest of the start rather than in it (a slow hash on a cold JVM was a
     * twentieth of the start's main thread); long done before the first sign-in, which would otherwise wait for it.
     */
    private final Mono<String> dummyHash;

    AccountService(UserAccountRepository users, PasswordEncoder passwords, SignInLockout lockout,
            ClientAddressLimit addresses, MeterRegistry meters,
            @Value("${portal.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.addresses = addresses;
        this.meters = meters;
        this.demoMode = demoMode;
        this.dummyHash = Mono.fromCallable(() -> passwords.encode(UUID.randomUUID().toString()))
                .subscribeOn(Schedulers.boundedElastic())
                .cache();
        dummyHash.subscribe();
    }

    /** Demo accounts sign in only while demo mode is on. */
    public boolean maySignIn(UserAccount account) {
        return account.active() && (!account.demo() || demoMode);
    }

    public Mono<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Mono<UserAccount> findById(UUID id) {
        return users.findById(id);
    }

    /**
     * Checks a username and password from a caller inside the portal (tests, tools), where no client address
     * applies; see {@link #authenticate(String, String, String, SignInChannel)}.
     */
    public Mono<UserAccount> authenticate(String username, String rawPassword) {
        return authenticate(username, rawPassword, null, SignInChannel.API);
    }

    /**
     * Checks a sign-in, for the UI's form login and the API's token endpoint alike. Empty when the name and password
     * do not match or the account may not sign in (disabled, or a demo account outside demo mode): the caller cannot
     * tell which. {@link SignInLimited} when {@code clientAddress} has failed too often lately, {@link SignInLocked}
     * when the name has; neither checks the password.
     *
     * <p>Every other attempt checks exactly one password hash, the account's or, for a name that is no account, a
     * dummy one of the same cost, so that the answer takes as long whether the name exists or not (issue 13, defect
     * 8). The hash is compared on the parallel scheduler because it is deliberately slow.
     */
    public Mono<UserAccount> authenticate(String username, String rawPassword, @Nullable String clientAddress,
            SignInChannel channel) {
        String name = normalised(username);
        return Mono.defer(() -> {
            if (clientAddress != null) {
                Optional<Duration> wait = addresses.tryAttempt(clientAddress);
                if (wait.isPresent()) {
                    meters.counter("portal.login.refusals", "reason", "address").increment();
                    return Mono.error(new SignInLimited(wait.get()));
                }
            }
            return users.findCredentials(name)
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(found -> check(name, rawPassword, found, clientAddress, channel));
        });
    }

    private Mono<UserAccount> check(String name, String rawPassword, Optional<SignInLockout.Credentials> found,
            @Nullable String clientAddress, SignInChannel channel) {
        Optional<Duration> locked = found.isPresent() ? lockout.lockedFor(found.get()) : lockout.lockedFor(name);
        if (locked.isPresent()) {
            meters.counter("portal.login.refusals", "reason", "locked").increment();
            return Mono.error(new SignInLocked(locked.get()));
        }
        Mono<String> hash = found.map(credentials -> Mono.just(credentials.passwordHash())).orElse(dummyHash);
        return hash.flatMap(stored -> Mono.fromCallable(() -> {
                    meters.counter("portal.login.password.checks").increment();
                    return passwords.matches(rawPassword, stored);
                }).subscribeOn(Schedulers.parallel()))
                // Handed on, as platform.Workers does (this package sits below platform): nothing downstream runs on
                // the thread a cancellation may interrupt.
                .publishOn(Schedulers.parallel())
                .flatMap(matches -> {
                    if (matches && found.isPresent() && maySignIn(found.get().account())) {
                        if (clientAddress != null) {
                            addresses.succeeded(clientAddress);
                        }
                        return lockout.succeeded(found.get()).thenReturn(found.get().account());
                    }
                    meters.counter("portal.login.failures", "channel", channel.tag()).increment();
                    return found.isPresent() ? lockout.failed(found.get()).then(Mono.<UserAccount>empty())
                            : Mono.<UserAccount>fromRunnable(() -> lockout.failed(name));
                });
    }

    /** Usernames are lower case (a database check); a name typed with spaces or capitals means the same account. */
    static String normalised(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        // Longer than any account's name (at most 40); cut so that the names kept in memory stay small.
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** The users of one firm. A firm's own people and staff may list them. */
    public Flux<UserAccount> usersOfFirm(Actor actor, UUID firmId) {
        if (!actor.mayActFor(firmId)) {
            return Flux.error(new AccountAccessDenied());
        }
        return users.findByFirm(firmId);
    }

    /**
     * The ids of a firm's enabled users, for system messages to the firm (notifications). Not for showing people:
     * that goes through {@link #usersOfFirm}, which checks the actor.
     */
    public Flux<UUID> recipientsOf(UUID firmId) {
        return users.enabledIdsOfFirm(firmId);
    }

    /** The ids of the enabled users who hold {@code role}, for system messages (new requests reach staff). */
    public Flux<UUID> recipientsWith(Role role) {
        return users.findByRole(role).filter(UserAccount::enabled).map(UserAccount::id);
    }

    public Mono<Void> changeLocale(Actor actor, String locale) {
        if (!LOCALES.contains(locale)) {
            return Mono.error(new IllegalArgumentException("unsupported locale"));
        }
        return users.updateLocale(actor.userId(), locale).then();
    }

    /** Opens an account; used by the firm administration and the demo seed. */
    public Mono<UserAccount> create(NewUser user) {
        // Hashing makes a salt from SecureRandom, which may read the OS's entropy source: a worker that may block.
        return Mono.fromCallable(() -> passwords.encode(user.rawPassword()))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel())
                .flatMap(hash -> users.insert(UUID.randomUUID(), user, hash));
    }

    public Mono<Long> countUsers() {
        return users.count();
    }
}
