package org.exportalliance.portal.firm.membership;

import java.util.Locale;

/** Why a text is not a Unified Social Credit Code. Messages: {@code firm.credit-code.wrong-length}, … */
public enum CreditCodeProblem {
    WRONG_LENGTH,
    BAD_CHARACTER,
    BAD_CHECK_CHARACTER;

    public String messageKey() {
        return "firm.credit-code." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
