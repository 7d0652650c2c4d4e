/** {@code /api/v1/working-calendar}: everybody reads a year's exceptions; staff set and remove days. */
@NullMarked
package org.exportalliance.portal.request.calendar.api;

import org.jspecify.annotations.NullMarked;
