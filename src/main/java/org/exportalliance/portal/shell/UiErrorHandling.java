package org.exportalliance.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.exportalliance.portal.platform.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors thrown from event listeners (a click, a push update) become a short notification with a reference; the
 * trace goes to the log only. A {@link DatabaseOutage} is no bug: the user reads that the service is briefly
 * unavailable, and nothing is logged per click (the outage itself is logged once, by {@code DatabaseAvailability}).
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (DatabaseOutage.isCauseOf(event.getThrowable())) {
            log.debug("UI call failed while the database is unavailable", event.getThrowable());
            if (ui != null) {
                UiCalls.alert(ui.getTranslation("error.service-unavailable"), NotificationVariant.LUMO_WARNING, 6000);
            }
            return;
        }
        String reference = Incident.newReference();
        log.error("UI error [{}]", reference, event.getThrowable());
        if (ui != null) {
            UiCalls.alert(ui.getTranslation("error.message", reference), NotificationVariant.LUMO_ERROR, 8000);
        }
    }
}
