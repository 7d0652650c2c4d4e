package org.exportalliance.portal.request;

import java.util.UUID;

/** What a request is about, when the firm names it: one of its delegations, orders or leads. */
public record Concerns(Kind kind, UUID id) {

    public enum Kind {
        DELEGATION,
        ORDER,
        LEAD
    }
}
