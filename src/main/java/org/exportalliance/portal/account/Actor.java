package org.exportalliance.portal.account;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person on whose behalf a service call runs. Every service method that touches firm-owned data takes
 * one, and scopes its queries by {@link #firmId()}.
 */
public record Actor(UUID userId, UUID firmId, String username, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    /** Staff act for the whole alliance; everybody else only for their own firm. */
    public boolean mayActFor(UUID firm) {
        return isStaff() || firmId.equals(firm);
    }

    /** The firm a firm-owned query is limited to for this actor: its own, or none (null) for staff, who see all. */
    public @Nullable UUID firmScope() {
        return isStaff() ? null : firmId;
    }
}
