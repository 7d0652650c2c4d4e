package org.exportalliance.portal.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail in the side navigation: staff only, after the work features and before "my firm". */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditTrailEntry() {
        return new NavigationEntry("nav.audit", AuditTrailView.class, VaadinIcon.RECORDS, 80, Set.of(Role.STAFF));
    }
}
