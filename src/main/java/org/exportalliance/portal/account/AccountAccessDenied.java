package org.exportalliance.portal.account;

/** The actor asked for accounts of a firm it does not belong to. */
public class AccountAccessDenied extends RuntimeException {
    public AccountAccessDenied() {
        super("account.access-denied");
    }
}
