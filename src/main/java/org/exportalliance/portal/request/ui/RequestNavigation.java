package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests for everybody, after the orders and the insight pages (the firm's own work) and before staff's reference
 * data: a firm files and follows its requests there, staff triage, a unit works its queue.
 */
@Configuration(proxyBeanMethods = false)
class RequestNavigation {

    @Bean
    NavigationEntry requestsEntry() {
        return new NavigationEntry("nav.requests", RequestsView.class, VaadinIcon.LIFEBUOY, 50, Set.of());
    }

    /** The figures of the service loop, right after the requests themselves. */
    @Bean
    NavigationEntry requestDashboardEntry() {
        return new NavigationEntry("nav.request-dashboard", RequestDashboardView.class, VaadinIcon.CHART_LINE, 51,
                Set.of());
    }
}
