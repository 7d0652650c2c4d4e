package org.exportalliance.portal.account;

import java.util.Set;
import java.util.UUID;
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
    private final SignInThrottle throttle;
    private final boolean demoMode;

    AccountService(UserAccountRepository users, PasswordEncoder passwords, SignInThrottle throttle,
            @Value("${portal.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.demoMode = demoMode;
    }

    /** Demo accounts sign in only while demo mode is on. */
    public boolean maySignIn(UserAccount account) {
        return account.enabled() && (!account.demo() || demoMode);
    }

    public Mono<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Mono<UserAccount> findById(UUID id) {
        return users.findById(id);
    }

    /** The password hash, for the servlet login's UserDetails; not exposed through any other path. */
    public Mono<String> passwordHashOf(UserAccount account) {
        return users.passwordHashOf(account.id());
    }

    /**
     * Checks a username and password for the API. Empty when they do not match or the account may not sign in;
     * {@link SignInLocked} after too many failures. The hash is compared on the parallel scheduler because it is
     * deliberately slow.
     */
    public Mono<UserAccount> authenticate(String username, String rawPassword) {
        if (throttle.isLocked(username)) {
            return Mono.error(new SignInLocked());
        }
        return users.findByUsername(username)
                .filter(this::maySignIn)
                .flatMap(account -> users.passwordHashOf(account.id())
                        .publishOn(Schedulers.parallel())
                        .filter(hash -> passwords.matches(rawPassword, hash))
                        .map(hash -> account))
                .doOnNext(account -> throttle.succeeded(username))
                .switchIfEmpty(Mono.fromRunnable(() -> throttle.failed(username, "api")));
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
        return users.findByFirm(firmId).filter(UserAccount::enabled).map(UserAccount::id);
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
                .flatMap(hash -> users.insert(UUID.randomUUID(), user, hash));
    }

    public Mono<Long> countUsers() {
        return users.count();
    }
}
