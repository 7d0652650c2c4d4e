package org.exportalliance.portal.request.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.exportalliance.portal.request.RequestEvent;
import org.exportalliance.portal.request.RequestState;
import org.exportalliance.portal.request.ServiceRequest;
import org.jspecify.annotations.Nullable;

/** A request as the API shows it: codes, not labels; each running clock's deadline. */
record RequestJson(UUID id, String reference, UUID firmId, String category, String title, String description,
        String urgency, String priority, String status, @Nullable String concernsKind, @Nullable UUID concernsId,
        @Nullable UUID unitId, @Nullable UUID takenBy, @Nullable String returnReason, @Nullable String resolution,
        @Nullable Integer rating, @Nullable String ratingComment, boolean autoClosed, OffsetDateTime filedAt,
        @Nullable OffsetDateTime acceptedAt, @Nullable OffsetDateTime dispatchedAt, @Nullable OffsetDateTime takenAt,
        @Nullable OffsetDateTime resolvedAt, @Nullable OffsetDateTime closedAt, Deadlines deadlines, long version) {

    record Deadlines(@Nullable OffsetDateTime accept, @Nullable OffsetDateTime take, @Nullable OffsetDateTime resolve,
            @Nullable Long resolveLeftSeconds) {}

    record Event(UUID id, OffsetDateTime at, @Nullable UUID actorId, String kind, @Nullable String status,
            @Nullable String text, boolean internal) {

        static Event of(RequestEvent e) {
            return new Event(e.id(), e.at(), e.actorId(), e.kind().name(),
                    e.status() == null ? null : e.status().name(), e.body(), e.internal());
        }
    }

    static RequestJson of(ServiceRequest r) {
        RequestState s = r.state();
        return new RequestJson(r.id(), r.reference(), r.firmId(), r.category(), r.title(), r.description(),
                r.urgency().name(), s.priority().name(), s.status().name(),
                r.concerns() == null ? null : r.concerns().kind().name(),
                r.concerns() == null ? null : r.concerns().id(), s.unitId(), s.takenBy(), s.returnReason(),
                s.resolution(), s.rating(), s.ratingComment(), s.autoClosed(), r.filedAt(), s.acceptedAt(),
                s.dispatchedAt(), s.takenAt(), s.resolvedAt(), s.closedAt(),
                new Deadlines(s.acceptDueAt(), s.takeDueAt(), s.resolveDueAt(), s.resolveLeftSeconds()),
                r.version());
    }
}
