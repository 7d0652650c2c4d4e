/**
 * The association's working calendar (issue 16): weekdays, minus public holidays, plus the official make-up working
 * days (调休), kept by staff, and the working-time arithmetic requests count their SLA clocks with
 * ({@link org.exportalliance.portal.request.calendar.WorkingTime}).
 */
@NullMarked
package org.exportalliance.portal.request.calendar;

import org.jspecify.annotations.NullMarked;
