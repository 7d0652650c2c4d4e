package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.request.RequestFilter;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.ResponderUnit;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a list shows: staff's triage queue (new and accepted requests, waiting for a decision or a unit), a
 * unit's queue, or everything the reader may see. Queues come by nearest deadline, everything else newest first.
 * A firm's people have no choice: they see their firm's requests.
 */
record RequestQueue(Kind kind, @Nullable ResponderUnit unit) {

    enum Kind {
        TRIAGE,
        UNIT,
        ALL
    }

    static final Set<RequestStatus> TRIAGE_STATUSES = Set.of(RequestStatus.SUBMITTED, RequestStatus.QUEUED);

    /** The queues {@code reader} may choose from, the first being theirs by default; none for a firm's people. */
    static List<RequestQueue> of(RequestReader reader) {
        List<RequestQueue> queues = new ArrayList<>();
        if (reader.staff()) {
            queues.add(new RequestQueue(Kind.TRIAGE, null));
        }
        reader.units().forEach(unit -> queues.add(new RequestQueue(Kind.UNIT, unit)));
        if (!queues.isEmpty()) {
            queues.add(new RequestQueue(Kind.ALL, null));
        }
        return queues;
    }

    /** The filter for this queue with the list's own filters; empty when no request can match both. */
    Optional<RequestFilter> filter(@Nullable RequestStatus status, @Nullable String category, @Nullable String text) {
        Set<RequestStatus> statuses = status == null ? Set.of() : Set.of(status);
        if (kind == Kind.TRIAGE) {
            if (status != null && !TRIAGE_STATUSES.contains(status)) {
                return Optional.empty();
            }
            statuses = status == null ? TRIAGE_STATUSES : statuses;
        }
        return Optional.of(new RequestFilter(statuses, unit == null ? null : unit.id(), category, text,
                kind == Kind.ALL ? RequestFilter.Order.NEWEST : RequestFilter.Order.DUE));
    }

    /** "待受理", "本单元" (or "本单元 · 共享实验室" for a member of several units), "全部". */
    String label(Component i18n, Locale locale, boolean severalUnits) {
        String label = i18n.getTranslation("requests.queue." + kind.name());
        return kind == Kind.UNIT && severalUnits && unit != null ? label + " · " + unit.name(locale)
                : label;
    }
}
