package org.exportalliance.portal.insight.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The alliance dashboard for everybody; a firm's own results for the firms' people (staff's firm records none). */
@Configuration(proxyBeanMethods = false)
class InsightNavigation {

    @Bean
    NavigationEntry allianceInsightEntry() {
        return new NavigationEntry("nav.insight", AllianceInsightView.class, VaadinIcon.CHART, 45, Set.of());
    }

    @Bean
    NavigationEntry firmInsightEntry() {
        return new NavigationEntry("nav.firm-insight", FirmInsightView.class, VaadinIcon.TRENDING_UP, 42,
                Set.of(Role.MEMBER, Role.CHAIN_LEADER, Role.FIRM_ADMIN));
    }
}
