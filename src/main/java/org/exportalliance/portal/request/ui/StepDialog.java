package org.exportalliance.portal.request.ui;

import java.util.function.Consumer;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.FormDialog;

/**
 * A step on a request that needs a few words or a choice (a question to the firm, what was done, a rating, a unit, a
 * quote, a report): a {@link FormDialog} whose buttons are {@code <id>-confirm} and {@code <id>-close}. The page
 * reloads after the step, which may be refused because someone else moved the request first.
 */
abstract class StepDialog extends FormDialog<ServiceRequest> {

    /** {@code id} names the dialog and its buttons; the step's dialog sets its title and its button's label. */
    StepDialog(String id, Consumer<ServiceRequest> done) {
        super(id + "-confirm", id + "-close", "requests.close", done);
        setId(id);
        setWidth("min(36rem, 95vw)");
    }
}
