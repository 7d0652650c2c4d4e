package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.util.List;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/** A firm's request to join: travellers, booth area, exhibits and notes; checked by {@link DelegationRules}. */
public record ApplicationDraft(@Nullable Integer travellers, @Nullable BigDecimal areaM2,
        @Nullable List<Exhibit> exhibits, @MultiLine @Nullable String notes) {

    public Capacity request() {
        return new Capacity(1, areaM2 == null ? BigDecimal.ZERO : areaM2, travellers == null ? 0 : travellers);
    }
}
