package org.exportalliance.portal.notification.ui;

import com.vaadin.flow.component.Component;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.shell.NavbarWidget;
import org.exportalliance.portal.shell.PortalUser;

/** Puts the notification bell into the top bar. */
@org.springframework.stereotype.Component
class NotificationWidget implements NavbarWidget {

    private final NotificationService notifications;

    NotificationWidget(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create(PortalUser user) {
        return new NotificationBell(notifications, user.actor());
    }
}
