package org.exportalliance.portal.request.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;

/**
 * Who reads a request and in which part: staff, the filing firm's own people, or a member of the unit it is
 * dispatched to. It decides only which buttons and fields a page shows; the services decide what may be done.
 */
record RequestReader(Actor actor, List<ResponderUnit> units) {

    RequestReader {
        units = List.copyOf(units);
    }

    boolean staff() {
        return actor.isStaff();
    }

    /** A member of any responder unit: the unit's queue is theirs. */
    boolean unitMember() {
        return !units.isEmpty();
    }

    Set<UUID> unitIds() {
        return units.stream().map(ResponderUnit::id).collect(Collectors.toSet());
    }

    /** One of the filing firm's own people (never staff, whose firm is the association). */
    boolean ofTheFirm(ServiceRequest r) {
        return !actor.isStaff() && actor.firmId().equals(r.firmId());
    }

    /** A member of the unit the request is with. */
    boolean ofTheUnit(ServiceRequest r) {
        return r.unitId() != null && unitIds().contains(r.unitId());
    }
}
