package org.exportalliance.portal.lead.export;

import org.exportalliance.portal.platform.refusal.Refusal;

/** More leads match than one file takes; narrow the filter. */
public class LeadExportTooLarge extends Refusal {

    public LeadExportTooLarge(int max) {
        super(422, "lead.export.too-large", max);
    }
}
