package org.exportalliance.portal.lead;

import java.time.OffsetDateTime;

/**
 * A held claim on a lead's buyer for one category, as a viewer may know it: the category, until when, and whether it
 * is the viewer's own firm's. Another firm's hold is the blind signal ("registered by another member for weaving
 * until …"): it never names the firm.
 */
public record Hold(String category, OffsetDateTime until, boolean ours) {}
