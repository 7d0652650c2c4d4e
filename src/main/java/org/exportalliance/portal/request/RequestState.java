package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The part of a request its steps change: where it stands, who has it, what was said on closing it, when each step
 * happened, and the SLA clocks — each running clock's deadline, what is left of the resolve clock while it is
 * paused, and the round (a dispatch or a reopening starts the take and resolve clocks' alerts again).
 */
public record RequestState(
        RequestStatus status,
        Priority priority,
        @Nullable UUID unitId,
        @Nullable UUID takenBy,
        @Nullable String returnReason,
        @Nullable String resolution,
        @Nullable Integer rating,
        @Nullable String ratingComment,
        boolean autoClosed,
        @Nullable OffsetDateTime acceptedAt,
        @Nullable OffsetDateTime dispatchedAt,
        @Nullable OffsetDateTime takenAt,
        @Nullable OffsetDateTime resolvedAt,
        @Nullable OffsetDateTime closedAt,
        @Nullable OffsetDateTime acceptDueAt,
        @Nullable OffsetDateTime takeDueAt,
        @Nullable OffsetDateTime resolveDueAt,
        @Nullable Long resolveLeftSeconds,
        int clockRound,
        Outcome outcome) {

    /**
     * How the accept and resolve clocks ended: the working seconds spent and whether that was within the target;
     * null while a clock has not stopped.
     */
    public record Outcome(@Nullable Long acceptSpentSeconds, @Nullable Boolean acceptMet,
            @Nullable Long resolveSpentSeconds, @Nullable Boolean resolveMet) {

        static final Outcome NONE = new Outcome(null, null, null, null);

        Outcome accepted(long spentSeconds, boolean met) {
            return new Outcome(spentSeconds, met, resolveSpentSeconds, resolveMet);
        }

        Outcome resolved(long spentSeconds, boolean met) {
            return new Outcome(acceptSpentSeconds, acceptMet, spentSeconds, met);
        }
    }

    /** A new request's state: SUBMITTED, the accept clock running until {@code acceptDue}. */
    static RequestState filed(Priority urgency, OffsetDateTime acceptDue) {
        return new RequestState(RequestStatus.SUBMITTED, urgency, null, null, null, null, null, null, false, null,
                null, null, null, null, acceptDue, null, null, null, 1, Outcome.NONE);
    }

    /** The deadline of a running clock; null while it does not run (or, the resolve clock, while it is paused). */
    public @Nullable OffsetDateTime dueAt(SlaClock clock) {
        return switch (clock) {
            case ACCEPT -> acceptDueAt;
            case TAKE -> takeDueAt;
            case RESOLVE -> resolveDueAt;
        };
    }

    Change change() {
        return new Change(this);
    }

    /** A copy with some parts changed; what is not set stays as it was. */
    static final class Change {
        private RequestStatus status;
        private Priority priority;
        private @Nullable UUID unitId;
        private @Nullable UUID takenBy;
        private @Nullable String returnReason;
        private @Nullable String resolution;
        private @Nullable Integer rating;
        private @Nullable String ratingComment;
        private boolean autoClosed;
        private @Nullable OffsetDateTime acceptedAt;
        private @Nullable OffsetDateTime dispatchedAt;
        private @Nullable OffsetDateTime takenAt;
        private @Nullable OffsetDateTime resolvedAt;
        private @Nullable OffsetDateTime closedAt;
        private @Nullable OffsetDateTime acceptDueAt;
        private @Nullable OffsetDateTime takeDueAt;
        private @Nullable OffsetDateTime resolveDueAt;
        private @Nullable Long resolveLeftSeconds;
        private int clockRound;
        private Outcome outcome;

        private Change(RequestState s) {
            status = s.status;
            priority = s.priority;
            unitId = s.unitId;
            takenBy = s.takenBy;
            returnReason = s.returnReason;
            resolution = s.resolution;
            rating = s.rating;
            ratingComment = s.ratingComment;
            autoClosed = s.autoClosed;
            acceptedAt = s.acceptedAt;
            dispatchedAt = s.dispatchedAt;
            takenAt = s.takenAt;
            resolvedAt = s.resolvedAt;
            closedAt = s.closedAt;
            acceptDueAt = s.acceptDueAt;
            takeDueAt = s.takeDueAt;
            resolveDueAt = s.resolveDueAt;
            resolveLeftSeconds = s.resolveLeftSeconds;
            clockRound = s.clockRound;
            outcome = s.outcome;
        }

        Change status(RequestStatus to) { status = to; return this; }
        Change priority(Priority p) { priority = p; return this; }
        Change unit(@Nullable UUID unit) { unitId = unit; return this; }
        Change takenBy(@Nullable UUID user) { takenBy = user; return this; }
        Change returnReason(@Nullable String reason) { returnReason = reason; return this; }
        Change resolution(@Nullable String text) { resolution = text; return this; }
        Change rating(@Nullable Integer stars, @Nullable String comment) {
            rating = stars;
            ratingComment = comment;
            return this;
        }
        Change autoClosed(boolean auto) { autoClosed = auto; return this; }
        Change acceptedAt(@Nullable OffsetDateTime at) { acceptedAt = at; return this; }
        Change dispatchedAt(@Nullable OffsetDateTime at) { dispatchedAt = at; return this; }
        Change takenAt(@Nullable OffsetDateTime at) { takenAt = at; return this; }
        Change resolvedAt(@Nullable OffsetDateTime at) { resolvedAt = at; return this; }
        Change closedAt(@Nullable OffsetDateTime at) { closedAt = at; return this; }
        Change acceptDue(@Nullable OffsetDateTime at) { acceptDueAt = at; return this; }
        Change takeDue(@Nullable OffsetDateTime at) { takeDueAt = at; return this; }
        Change resolveDue(@Nullable OffsetDateTime at) { resolveDueAt = at; return this; }
        Change due(SlaClock clock, @Nullable OffsetDateTime at) {
            return switch (clock) {
                case ACCEPT -> acceptDue(at);
                case TAKE -> takeDue(at);
                case RESOLVE -> resolveDue(at);
            };
        }
        Change resolveLeft(@Nullable Long seconds) { resolveLeftSeconds = seconds; return this; }
        Change nextRound() { clockRound++; return this; }
        Change outcome(Outcome o) { outcome = o; return this; }

        RequestState done() {
            return new RequestState(status, priority, unitId, takenBy, returnReason, resolution, rating,
                    ratingComment, autoClosed, acceptedAt, dispatchedAt, takenAt, resolvedAt, closedAt, acceptDueAt,
                    takeDueAt, resolveDueAt, resolveLeftSeconds, clockRound, outcome);
        }
    }
}
