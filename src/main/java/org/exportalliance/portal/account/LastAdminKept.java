package org.exportalliance.portal.account;

/**
 * The change would leave a firm without an active admin (the association: without active staff), which the database
 * refuses (trigger {@code app_user_keeps_an_admin}, V21).
 */
public class LastAdminKept extends RuntimeException {

    /** The SQLSTATE the trigger raises. */
    static final String SQL_STATE = "EA001";

    public LastAdminKept() {
        super("account.last-admin", null, false, false);
    }
}
