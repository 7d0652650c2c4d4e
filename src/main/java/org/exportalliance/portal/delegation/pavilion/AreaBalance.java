package org.exportalliance.portal.delegation.pavilion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.delegation.ApplicationStatus;

/** A participating firm's booth area: what its application asked for against what its booths add up to. */
public record AreaBalance(UUID applicationId, UUID firmId, String firmNameZh, String firmNameEn,
        ApplicationStatus status, BigDecimal requestedM2, BigDecimal assignedM2, List<String> booths) {

    /** Whether a firm got less area than it asked for, exactly that, or more. */
    public enum Fit {
        UNDER,
        EXACT,
        OVER
    }

    public AreaBalance {
        booths = List.copyOf(booths);
    }

    public Fit fit() {
        int c = assignedM2.compareTo(requestedM2);
        return c < 0 ? Fit.UNDER : c == 0 ? Fit.EXACT : Fit.OVER;
    }

    public String firmName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? firmNameZh : firmNameEn;
    }
}
