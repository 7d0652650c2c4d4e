package org.exportalliance.portal.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.shell.NavbarWidget;
import org.exportalliance.portal.shell.PortalUser;

/** Puts the notification bell into the top bar. */
@org.springframework.stereotype.Component
class NotificationWidget implements NavbarWidget {

    private final NotificationService notifications;
    private final Clock clock;

    NotificationWidget(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Component create(PortalUser user) {
        return new NotificationBell(notifications, user.actor(), clock.getZone());
    }
}
