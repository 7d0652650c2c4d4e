package org.exportalliance.portal.notification.webhook.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Webhooks for those who keep them (firm admins, staff), after the firm's own page and before My account: whoever
 * else opens the address is refused like an unknown page, as the service refuses them.
 */
@Configuration(proxyBeanMethods = false)
class WebhookNavigation {

    @Bean
    NavigationEntry webhooksEntry() {
        return new NavigationEntry("nav.webhooks", WebhooksView.class, VaadinIcon.CONNECT, 92,
                Set.of(Role.STAFF, Role.FIRM_ADMIN));
    }
}
