package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request setup among staff's reference data, right after the working calendar it counts time on. */
@Configuration(proxyBeanMethods = false)
class RequestSetupNavigation {

    @Bean
    NavigationEntry requestSetupEntry() {
        return new NavigationEntry("nav.request-setup", RequestSetupView.class, VaadinIcon.COG, 78,
                Set.of(Role.STAFF));
    }
}
