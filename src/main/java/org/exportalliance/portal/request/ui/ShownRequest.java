package org.exportalliance.portal.request.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.RequestClocks;
import org.exportalliance.portal.request.RequestEvent;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;
import org.jspecify.annotations.Nullable;

/**
 * Everything a request's page shows, read at one moment: the request, its history as the reader may see it, its
 * clocks, its lab test if it is one, and the names behind its ids (people, the firm, the units, the category, what
 * it concerns).
 */
record ShownRequest(ServiceRequest request, List<RequestEvent> history, RequestClocks clocks,
        @Nullable LabTest labTest, Map<UUID, String> people, @Nullable String firmName,
        Map<UUID, ResponderUnit> units, String categoryName, @Nullable String concernsName, RequestReader reader) {

    ShownRequest {
        history = List.copyOf(history);
        people = Map.copyOf(people);
        units = Map.copyOf(units);
    }

    /**
     * Whether {@code other} shows the same request as this, as it stood: the same version, history and lab test. The
     * page then keeps what it shows, so a click on a button is never lost to a redraw nothing asked for.
     */
    boolean sameAs(@Nullable ShownRequest other) {
        return other != null && request.equals(other.request) && history.equals(other.history)
                && Objects.equals(labTest, other.labTest);
    }

    @Nullable ResponderUnit unit() {
        UUID id = request.unitId();
        return id == null ? null : units.get(id);
    }

    /** A person's name; the portal's own steps (closing an unconfirmed resolution) have nobody behind them. */
    String person(@Nullable UUID id, String portal) {
        return id == null ? portal : people.getOrDefault(id, "");
    }
}
