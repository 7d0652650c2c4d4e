package org.exportalliance.portal.shell;

import java.util.Collection;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it for the UI session. It carries no password hash: the password is
 * checked by the account service ({@link PortalSignIn}), and the session never needs it.
 */
public final class PortalUser implements UserDetails {

    private final UserAccount account;
    private final boolean maySignIn;

    PortalUser(UserAccount account, boolean maySignIn) {
        this.account = account;
        this.maySignIn = maySignIn;
    }

    public Actor actor() {
        return account.asActor();
    }

    public UserAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
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
