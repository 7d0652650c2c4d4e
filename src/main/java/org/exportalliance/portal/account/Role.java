package org.exportalliance.portal.account;

/** What a signed-in person may do in the alliance. A user may hold several. */
public enum Role {
    MEMBER,
    FIRM_ADMIN,
    CHAIN_LEADER,
    STAFF;

    /** The authority name Spring Security checks with {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
