package org.exportalliance.portal.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it for the UI session. It carries no password hash: the password is
 * checked by the account service ({@link PortalSignIn}), and the session never needs it.
 *
 * <p>Its authorities are Spring Security's factor authorities ({@code FACTOR_PASSWORD}, and {@code FACTOR_OTT} once a
 * second-factor code was accepted) and, only once the sign-in is {@link SignInStage#COMPLETE}, the person's roles.
 */
public final class PortalUser implements UserDetails {

    /** The factor authority of a TOTP or recovery code (Spring Security names none for TOTP; OTT is the closest). */
    static final String CODE_FACTOR = FactorGrantedAuthority.OTT_AUTHORITY;

    private final UserAccount account;
    private final boolean maySignIn;
    private final SignInStage stage;
    private final boolean factorVerified;

    PortalUser(UserAccount account, boolean maySignIn) {
        this(account, maySignIn, SignInStage.COMPLETE, false);
    }

    PortalUser(UserAccount account, boolean maySignIn, SignInStage stage, boolean factorVerified) {
        this.account = account;
        this.maySignIn = maySignIn;
        this.stage = stage;
        this.factorVerified = factorVerified;
    }

    public Actor actor() {
        return account.asActor();
    }

    public UserAccount account() {
        return account;
    }

    public SignInStage stage() {
        return stage;
    }

    public boolean complete() {
        return stage == SignInStage.COMPLETE;
    }

    boolean factorVerified() {
        return factorVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (factorVerified) {
            authorities.add(FactorGrantedAuthority.fromAuthority(CODE_FACTOR));
        }
        if (complete()) {
            account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return maySignIn;
    }

    /** Role names for display, in a stable order. */
    public List<Role> roles() {
        return account.roles().stream().sorted().toList();
    }
}
