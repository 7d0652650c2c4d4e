package org.exportalliance.portal.firm.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "My firm" in the side navigation, for everybody, after the work features. */
@Configuration(proxyBeanMethods = false)
class FirmNavigation {

    @Bean
    NavigationEntry myFirmEntry() {
        return new NavigationEntry("nav.my-firm", MyFirmView.class, VaadinIcon.FACTORY, 90, Set.of());
    }
}
