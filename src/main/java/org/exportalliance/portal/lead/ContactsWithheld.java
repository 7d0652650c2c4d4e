package org.exportalliance.portal.lead;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * Another member holds this buyer: its contacts stay hidden from firms that neither own the lead nor hold a claim on
 * it. The lead list shows the blind signal; this refusal names nothing.
 */
public class ContactsWithheld extends Refusal {
    public ContactsWithheld() {
        super(409, "lead.contacts-withheld");
    }
}
