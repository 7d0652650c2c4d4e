package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Reading a request's row and binding its state, for {@link RequestRepository}. */
final class RequestRows {

    static final String COLUMNS = """
            r.id, r.number, r.firm_id, r.filed_by, r.category_code, r.title, r.description, r.urgency,
            r.concerns_kind, r.concerns_id, r.filed_at, r.status, r.priority, r.unit_id, r.taken_by, r.return_reason,
            r.resolution, r.rating, r.rating_comment, r.auto_closed, r.accepted_at, r.dispatched_at, r.taken_at,
            r.resolved_at, r.closed_at, r.accept_due_at, r.take_due_at, r.resolve_due_at, r.resolve_left_s,
            r.clock_round, r.accept_spent_s, r.accept_met, r.resolve_spent_s, r.resolve_met, r.version,
            r.updated_at""";

    /** The state's columns as {@code column = :parameter}, for an update. */
    static final String SET_STATE = """
            status = :status, priority = :priority, unit_id = :unit, taken_by = :takenBy,
            return_reason = :returnReason, resolution = :resolution, rating = :rating, rating_comment = :ratingComment,
            auto_closed = :autoClosed, accepted_at = :acceptedAt, dispatched_at = :dispatchedAt, taken_at = :takenAt,
            resolved_at = :resolvedAt, closed_at = :closedAt, accept_due_at = :acceptDue, take_due_at = :takeDue,
            resolve_due_at = :resolveDue, resolve_left_s = :resolveLeft, clock_round = :round,
            accept_spent_s = :acceptSpent, accept_met = :acceptMet, resolve_spent_s = :resolveSpent,
            resolve_met = :resolveMet""";

    private RequestRows() {}

    static ServiceRequest request(Readable row) {
        String concernsKind = row.get("concerns_kind", String.class);
        Concerns concerns = concernsKind == null ? null
                : new Concerns(Concerns.Kind.valueOf(concernsKind), row.get("concerns_id", UUID.class));
        Short rating = row.get("rating", Short.class);
        RequestState state = new RequestState(RequestStatus.valueOf(row.get("status", String.class)),
                Priority.valueOf(row.get("priority", String.class)), row.get("unit_id", UUID.class),
                row.get("taken_by", UUID.class), row.get("return_reason", String.class),
                row.get("resolution", String.class), rating == null ? null : rating.intValue(),
                row.get("rating_comment", String.class), Boolean.TRUE.equals(row.get("auto_closed", Boolean.class)),
                at(row, "accepted_at"), at(row, "dispatched_at"), at(row, "taken_at"), at(row, "resolved_at"),
                at(row, "closed_at"), at(row, "accept_due_at"), at(row, "take_due_at"), at(row, "resolve_due_at"),
                row.get("resolve_left_s", Long.class), row.get("clock_round", Integer.class),
                new RequestState.Outcome(row.get("accept_spent_s", Long.class), row.get("accept_met", Boolean.class),
                        row.get("resolve_spent_s", Long.class), row.get("resolve_met", Boolean.class)));
        return new ServiceRequest(row.get("id", UUID.class), row.get("number", Long.class),
                row.get("firm_id", UUID.class), row.get("filed_by", UUID.class), row.get("category_code", String.class),
                row.get("title", String.class), row.get("description", String.class),
                Priority.valueOf(row.get("urgency", String.class)), concerns, required(row, "filed_at"), state,
                row.get("version", Long.class), required(row, "updated_at"));
    }

    static GenericExecuteSpec bindState(GenericExecuteSpec spec, RequestState s) {
        spec = spec.bind("status", s.status().name()).bind("priority", s.priority().name())
                .bind("autoClosed", s.autoClosed()).bind("round", s.clockRound());
        spec = nullable(spec, "unit", s.unitId(), UUID.class);
        spec = nullable(spec, "takenBy", s.takenBy(), UUID.class);
        spec = nullable(spec, "returnReason", s.returnReason(), String.class);
        spec = nullable(spec, "resolution", s.resolution(), String.class);
        spec = nullable(spec, "rating", s.rating() == null ? null : s.rating().shortValue(), Short.class);
        spec = nullable(spec, "ratingComment", s.ratingComment(), String.class);
        spec = nullable(spec, "acceptedAt", s.acceptedAt(), OffsetDateTime.class);
        spec = nullable(spec, "dispatchedAt", s.dispatchedAt(), OffsetDateTime.class);
        spec = nullable(spec, "takenAt", s.takenAt(), OffsetDateTime.class);
        spec = nullable(spec, "resolvedAt", s.resolvedAt(), OffsetDateTime.class);
        spec = nullable(spec, "closedAt", s.closedAt(), OffsetDateTime.class);
        spec = nullable(spec, "acceptDue", s.acceptDueAt(), OffsetDateTime.class);
        spec = nullable(spec, "takeDue", s.takeDueAt(), OffsetDateTime.class);
        spec = nullable(spec, "resolveDue", s.resolveDueAt(), OffsetDateTime.class);
        spec = nullable(spec, "acceptSpent", s.outcome().acceptSpentSeconds(), Long.class);
        spec = nullable(spec, "acceptMet", s.outcome().acceptMet(), Boolean.class);
        spec = nullable(spec, "resolveSpent", s.outcome().resolveSpentSeconds(), Long.class);
        spec = nullable(spec, "resolveMet", s.outcome().resolveMet(), Boolean.class);
        return nullable(spec, "resolveLeft", s.resolveLeftSeconds(), Long.class);
    }

    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static @Nullable OffsetDateTime at(Readable row, String column) {
        return row.get(column, OffsetDateTime.class);
    }

    private static OffsetDateTime required(Readable row, String column) {
        return Objects.requireNonNull(at(row, column), column);
    }
}
