package org.exportalliance.portal.lead.importing;

import org.exportalliance.portal.platform.refusal.Refusal;

/** As many imports as this instance runs at once are running: try again in a minute (503). */
public class ImportsBusy extends Refusal {

    public ImportsBusy() {
        super(503, "lead.import.busy");
    }
}
