package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Leads in the side navigation, after the fair catalogue and delegations, for everybody. */
@Configuration(proxyBeanMethods = false)
class LeadNavigation {

    @Bean
    NavigationEntry leadsEntry() {
        return new NavigationEntry("nav.leads", LeadsView.class, VaadinIcon.BULLSEYE, 30, Set.of());
    }
}
