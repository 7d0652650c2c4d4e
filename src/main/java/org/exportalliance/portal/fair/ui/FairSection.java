package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.exportalliance.portal.fair.Fair;

/**
 * A part of a fair's page that a feature above the fair adds (the delegations going to it), so the fair's page shows
 * it without depending on that feature, as {@code DelegationTab} does for the delegation page.
 *
 * <p>Sections are Spring beans, ordered with {@code @Order}; the page asks each for a new component every time it
 * shows a fair.
 */
public interface FairSection {

    /** This section of {@code fair}'s page, a new component each time; empty when it has nothing to show. */
    Optional<Component> of(Fair fair);
}
