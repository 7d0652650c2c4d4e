package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The {@code data} of the {@code request.updated} webhook: which step was taken on one of the firm's requests and the
 * status it left. No description, comments or files: the firm reads those in the portal.
 */
public record RequestUpdated(UUID requestId, String reference, String category, String step, RequestStatus status,
        OffsetDateTime at, long version) {

    static RequestUpdated of(ServiceRequest r, RequestEvent.Kind step, OffsetDateTime at) {
        return new RequestUpdated(r.id(), r.reference(), r.category(), step.name(), r.status(), at, r.version());
    }
}
