package org.exportalliance.portal.request.setup;

import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/** A unit with requests still in hand stops taking requests only once they are dispatched elsewhere or closed. */
public class UnitHasOpenRequests extends Refusal {

    private final long open;

    public UnitHasOpenRequests(String unit, long open) {
        super(409, "request.setup.unit.has-open-requests", unit, open);
        this.open = open;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("openRequests", open);
    }
}
