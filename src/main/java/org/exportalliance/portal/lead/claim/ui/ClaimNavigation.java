package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deal registration in the side navigation, after delegations and leads, for everybody. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

    @Bean
    NavigationEntry claimsEntry() {
        return new NavigationEntry("nav.claims", ClaimsView.class, VaadinIcon.HANDSHAKE, 35, Set.of());
    }
}
