package org.exportalliance.portal.request;

import java.util.Set;
import org.exportalliance.portal.platform.refusal.Lifecycle;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a request stands. Filed requests wait for staff (SUBMITTED), who accept them into the queue (QUEUED) or
 * return them with a reason (RETURNED, which the firm may file again); a dispatched request waits in its unit's
 * queue until a member takes it (IN_PROGRESS); WAITING pauses the clock while the unit waits on the firm; RESOLVED
 * waits for the firm to confirm (CLOSED) or reopen it (back to DISPATCHED, to the same unit).
 */
public enum RequestStatus implements Lifecycle<RequestStatus> {
    SUBMITTED,
    RETURNED,
    QUEUED,
    DISPATCHED,
    IN_PROGRESS,
    WAITING,
    RESOLVED,
    CLOSED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    @Override
    public Set<RequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(QUEUED, RETURNED, WITHDRAWN);
            case RETURNED -> Set.of(SUBMITTED, WITHDRAWN);
            case QUEUED -> Set.of(DISPATCHED, WITHDRAWN);
            case DISPATCHED -> Set.of(DISPATCHED, IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> Set.of(DISPATCHED, WAITING, RESOLVED, WITHDRAWN);
            case WAITING -> Set.of(IN_PROGRESS, RESOLVED, WITHDRAWN);
            case RESOLVED -> Set.of(CLOSED, DISPATCHED);
            case CLOSED, WITHDRAWN -> Set.of();
        };
    }

    public boolean mayMoveTo(RequestStatus to) {
        return next().contains(to);
    }

    /** Still being worked on, or waiting for the firm's confirmation: it counts in the queues and the open load. */
    public boolean open() {
        return this != CLOSED && this != WITHDRAWN && this != RETURNED;
    }

    /** With a unit: dispatched and not yet closed. */
    public boolean atUnit() {
        return this == DISPATCHED || this == IN_PROGRESS || this == WAITING || this == RESOLVED;
    }

    public String messageKey() {
        return "request.status." + name();
    }

    @Override
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {messageKey()}, name());
    }
}
