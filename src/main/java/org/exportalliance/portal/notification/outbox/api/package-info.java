/** {@code /api/v1/channels} and {@code /api/v1/firm/channels}: the notice channels a person or a firm chose. */
@NullMarked
package org.exportalliance.portal.notification.outbox.api;

import org.jspecify.annotations.NullMarked;
