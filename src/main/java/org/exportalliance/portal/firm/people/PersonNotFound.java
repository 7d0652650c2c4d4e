package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No person with that id that the caller may manage. */
public class PersonNotFound extends Refusal {
    public PersonNotFound() {
        super(404, "firm.person.not-found");
    }
}
