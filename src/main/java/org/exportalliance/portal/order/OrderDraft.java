package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as a user or an ERP system writes it, before the rules ({@link OrderRules}) have looked at it. The
 * attribution names a claim (LEAD) or a delegation (FAIR); DIRECT names neither. {@code quotedOn} is the day it was
 * quoted, for an order recorded later (an ERP's history); today when none.
 */
public record OrderDraft(@Nullable String buyerName, @Nullable String destinationCountry, @Nullable String currency,
        @Nullable String incoterm, @Nullable String namedPlace, @Nullable String attribution, @Nullable UUID claimId,
        @Nullable UUID delegationId, @Nullable LocalDate expectedShipOn, @Nullable LocalDate expectedPaidOn,
        List<OrderLineDraft> lines, @Nullable LocalDate quotedOn) {

    public OrderDraft {
        lines = List.copyOf(lines);
    }

    /** An order quoted today. */
    public OrderDraft(@Nullable String buyerName, @Nullable String destinationCountry, @Nullable String currency,
            @Nullable String incoterm, @Nullable String namedPlace, @Nullable String attribution,
            @Nullable UUID claimId, @Nullable UUID delegationId, @Nullable LocalDate expectedShipOn,
            @Nullable LocalDate expectedPaidOn, List<OrderLineDraft> lines) {
        this(buyerName, destinationCountry, currency, incoterm, namedPlace, attribution, claimId, delegationId,
                expectedShipOn, expectedPaidOn, lines, null);
    }

    /** Trimmed, codes in capitals, blanks as missing: what the rules and the database see. */
    OrderDraft normalised() {
        return new OrderDraft(trim(buyerName), upper(destinationCountry), upper(currency), upper(incoterm),
                trim(namedPlace), upper(attribution), claimId, delegationId, expectedShipOn, expectedPaidOn,
                lines.stream().map(l -> new OrderLineDraft(upper(l.category()), trim(l.model()), l.quantity(),
                        l.unitPrice() == null ? null : l.unitPrice().stripTrailingZeros())).toList(), quotedOn);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String upper(@Nullable String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
