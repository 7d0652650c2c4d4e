/** Staff's page for the working calendar: a year's holidays and make-up working days, edited or imported. */
@NullMarked
package org.exportalliance.portal.request.calendar.ui;

import org.jspecify.annotations.NullMarked;
