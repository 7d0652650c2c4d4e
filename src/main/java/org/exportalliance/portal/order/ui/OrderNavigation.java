package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Export orders after deal registration, for everybody (staff see every firm's); FX rates for staff. */
@Configuration(proxyBeanMethods = false)
class OrderNavigation {

    @Bean
    NavigationEntry fxRatesEntry() {
        return new NavigationEntry("nav.fx-rates", FxRatesView.class, VaadinIcon.EXCHANGE, 75, Set.of(Role.STAFF));
    }

    @Bean
    NavigationEntry ordersEntry() {
        return new NavigationEntry("nav.orders", OrdersView.class, VaadinIcon.INVOICE, 40, Set.of());
    }
}
