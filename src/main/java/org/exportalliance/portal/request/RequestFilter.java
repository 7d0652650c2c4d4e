package org.exportalliance.portal.request;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a list shows, within what the actor may see: some statuses (all when empty), one unit, one
 * category, text in the title or reference, and in which order.
 */
public record RequestFilter(Set<RequestStatus> statuses, @Nullable UUID unitId, @Nullable String category,
        @Nullable String text, Order order) {

    public enum Order {
        NEWEST,
        DUE
    }

    public RequestFilter {
        statuses = Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static RequestFilter none() {
        return new RequestFilter(Set.of(), null, null, null, Order.NEWEST);
    }

    public static RequestFilter open() {
        return new RequestFilter(Set.of(RequestStatus.SUBMITTED, RequestStatus.QUEUED, RequestStatus.DISPATCHED,
                RequestStatus.IN_PROGRESS, RequestStatus.WAITING, RequestStatus.RESOLVED), null, null, null,
                Order.DUE);
    }
}
