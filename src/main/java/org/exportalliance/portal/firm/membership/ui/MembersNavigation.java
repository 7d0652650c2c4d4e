package org.exportalliance.portal.firm.membership.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 会员企业 in the side navigation, for staff. */
@Configuration(proxyBeanMethods = false)
class MembersNavigation {

    @Bean
    NavigationEntry membersEntry() {
        return new NavigationEntry("nav.members", MembersView.class, VaadinIcon.BUILDING, 85, Set.of(Role.STAFF));
    }
}
