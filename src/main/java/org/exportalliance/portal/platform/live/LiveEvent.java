package org.exportalliance.portal.platform.live;

import org.jspecify.annotations.Nullable;

/**
 * Something changed: a topic ("fair", …) and the id of what changed. Ids only, never content, so a notification can
 * cross instances without carrying data a subscriber may not see. A {@link #RESYNC} event tells subscribers that
 * events may have been missed and they should reload.
 */
public record LiveEvent(String topic, @Nullable String id) {

    public static final String RESYNC = "resync";

    public boolean isResync() {
        return RESYNC.equals(topic);
    }

    String encode() {
        return topic + ":" + (id == null ? "" : id);
    }

    static LiveEvent decode(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return new LiveEvent(payload, null);
        }
        String id = payload.substring(colon + 1);
        return new LiveEvent(payload.substring(0, colon), id.isEmpty() ? null : id);
    }
}
