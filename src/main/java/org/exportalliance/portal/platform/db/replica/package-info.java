/**
 * The streaming read replica (issue 17, decision 34 in docs/architecture.md): a second connection pool on a
 * PostgreSQL hot standby for reads that may lag a little ({@code LagTolerantReads}), a reactive check of how far the standby is behind, and the fall-back to the primary while it is down or too far
 * behind. Off while {@code portal.db.replica.url} is empty: then every read goes to the primary.
 */
@NullMarked
package org.exportalliance.portal.platform.db.replica;

import org.jspecify.annotations.NullMarked;
