package org.exportalliance.portal.delegation;

import java.math.BigDecimal;

/** An amount in the three units a delegation is measured in: firm slots, booth area (m²) and traveller seats. */
public record Capacity(int slots, BigDecimal areaM2, int seats) {

    public Capacity minus(Capacity other) {
        return new Capacity(slots - other.slots, areaM2.subtract(other.areaM2), seats - other.seats);
    }

    /** Whether {@code request} fits into this (remaining) capacity in every unit. */
    public boolean fits(Capacity request) {
        return request.slots <= slots && request.areaM2.compareTo(areaM2) <= 0 && request.seats <= seats;
    }
}
