/**
 * Deal registration (DESIGN §2.2): a firm's exclusive claim on a buyer × categories for a window, its pipeline, and
 * staff's decisions on it. The database lets one held claim cover a buyer × category at any instant.
 */
@NullMarked
package org.exportalliance.portal.lead.claim;

import org.jspecify.annotations.NullMarked;
