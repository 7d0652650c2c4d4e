package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "My account" in the side navigation, for everybody, last. */
@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    @Bean
    NavigationEntry myAccountEntry() {
        return new NavigationEntry("nav.my-account", MyAccountView.class, VaadinIcon.USER, 95, Set.of());
    }
}
