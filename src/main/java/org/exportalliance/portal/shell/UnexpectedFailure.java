package org.exportalliance.portal.shell;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * Stands in for an error that is no refusal (a bug, a lost connection) when a view's refusal handler must still run,
 * so that a form waiting for its answer lets the user try again. The error itself was logged and shown with a
 * reference already; {@link UiCalls#showRefusal} shows nothing more for it, nor should a view that shows refusals
 * in a line of its own.
 */
public final class UnexpectedFailure extends Refusal {
    UnexpectedFailure() {
        super(500, "error.unexpected");
    }
}
