package org.exportalliance.portal.request.calendar.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working calendar among staff's reference data, after the exchange rates and before the audit trail. */
@Configuration(proxyBeanMethods = false)
class WorkingCalendarNavigation {

    @Bean
    NavigationEntry workingCalendarEntry() {
        return new NavigationEntry("nav.working-calendar", WorkingCalendarView.class, VaadinIcon.CALENDAR, 77,
                Set.of(Role.STAFF));
    }
}
