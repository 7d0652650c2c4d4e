/**
 * The views of 企呼我应 requests: the list (a firm's own, staff's triage queue, a unit's queue), filing a request, and
 * one request's page with its SLA clocks, history, comments and the steps its reader may take.
 */
@NullMarked
package org.exportalliance.portal.request.ui;

import org.jspecify.annotations.NullMarked;
