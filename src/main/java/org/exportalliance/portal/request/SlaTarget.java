package org.exportalliance.portal.request;

import java.time.Duration;

/** How much working time a category and priority allow to accept, to take and to resolve a request. */
public record SlaTarget(Duration accept, Duration take, Duration resolve) {

    public Duration of(SlaClock clock) {
        return switch (clock) {
            case ACCEPT -> accept;
            case TAKE -> take;
            case RESOLVE -> resolve;
        };
    }
}
