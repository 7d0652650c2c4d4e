package org.exportalliance.portal.account.session;

/** Why a session ended (column {@code user_session.end_reason}). */
public enum SessionEnd {
    SIGNED_OUT,
    ENDED_BY_USER,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    DEACTIVATED,
    FIRM_SUSPENDED,
    EXPIRED
}
