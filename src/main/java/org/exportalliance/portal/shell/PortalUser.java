package org.exportalliance.portal.shell;

import java.util.Collection;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds it for the UI session. */
public final class PortalUser implements UserDetails {

    private final UserAccount account;
    private final String passwordHash;
    private final boolean maySignIn;
    private final boolean locked;

    PortalUser(UserAccount account, String passwordHash, boolean maySignIn, boolean locked) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.maySignIn = maySignIn;
        this.locked = locked;
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
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
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
