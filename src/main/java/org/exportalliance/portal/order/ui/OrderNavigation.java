package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Export orders in the side navigation, after deal registration, for everybody (staff see every firm's). */
@Configuration(proxyBeanMethods = false)
class OrderNavigation {

    @Bean
    NavigationEntry ordersEntry() {
        return new NavigationEntry("nav.orders", OrdersView.class, VaadinIcon.INVOICE, 40, Set.of());
    }
}
