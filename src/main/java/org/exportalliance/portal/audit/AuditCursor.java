package org.exportalliance.portal.audit;

import java.time.Instant;

/** A place in the trail, newest first: the next page holds the entries strictly older than (at, id). */
public record AuditCursor(Instant at, long id) {}
