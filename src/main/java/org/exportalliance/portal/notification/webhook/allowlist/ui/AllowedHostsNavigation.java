package org.exportalliance.portal.notification.webhook.allowlist.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook allow-list among staff's reference data, after the working calendar. */
@Configuration(proxyBeanMethods = false)
class AllowedHostsNavigation {

    @Bean
    NavigationEntry allowedHostsEntry() {
        return new NavigationEntry("nav.webhook-allowlist", AllowedHostsView.class, VaadinIcon.SHIELD, 78,
                Set.of(Role.STAFF));
    }
}
