/**
 * Per-firm checklists of a delegation's logistics pack: the staff's template, what each participating firm has done,
 * and the one-time reminders (in the app and by e-mail) for items that are overdue.
 */
@NullMarked
package org.exportalliance.portal.logistics.checklist;

import org.jspecify.annotations.NullMarked;
