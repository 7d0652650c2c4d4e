package org.exportalliance.portal.platform.db.replica;

import java.time.Duration;

/**
 * The replica's settings ({@code portal.db.replica.*}): where it is, how far behind it may be before reads go back to
 * the primary, how often that is checked, and its pool's size. An empty url turns the replica off.
 */
record ReplicaSettings(String url, String username, String password, Duration maxLag, Duration checkInterval,
        int poolSize) {

    boolean configured() {
        return !url.isBlank();
    }

    /** How long one check may take before the replica counts as not answering. */
    Duration checkTimeout() {
        Duration twice = checkInterval.multipliedBy(2);
        return twice.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : twice;
    }

    @Override
    public String toString() {
        return "ReplicaSettings[url=" + url + ", maxLag=" + maxLag + ", checkInterval=" + checkInterval + "]";
    }
}
