package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairRules;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff cancel a fair with a reason members will read, in the shared {@link Confirmation}: it says this cannot be
 * undone, acts only on its red button, and keeps the typed reason when the service refuses (a concurrent edit).
 */
final class FairCancellation {

    private FairCancellation() {}

    static Confirmation of(Component owner, FairService service, SignedIn signedIn, Fair fair) {
        Locale locale = UI.getCurrent().getLocale();
        String name = fair.name(locale);
        return Confirmation.of(owner.getTranslation("fair.dialog.cancel") + ": " + name,
                        FairLabels.dates(fair, locale) + " · "
                                + owner.getTranslation("fair.dialog.cancel-consequence", name),
                        owner.getTranslation("fair.dialog.cancel-confirm"))
                .withReason(owner.getTranslation("fair.cancel-reason"), FairRules.MAX_REASON,
                        FairRules::checkCancelReason)
                .reasonHint(owner.getTranslation("fair.dialog.cancel-hint"))
                .calling(reason -> service.cancel(signedIn.actor(), fair.id(), fair.version(), reason),
                        cancelled -> UiCalls.showSuccess(owner, "fair.cancelled", cancelled.name(locale)));
    }
}
