package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delegations in the side navigation, after the fair catalogue, for everybody. */
@Configuration(proxyBeanMethods = false)
class DelegationNavigation {

    @Bean
    NavigationEntry delegationsEntry() {
        return new NavigationEntry("nav.delegations", DelegationsView.class, VaadinIcon.GROUP, 20, Set.of());
    }
}
