package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fair catalogue's place in the side navigation: first, for everybody. */
@Configuration(proxyBeanMethods = false)
class FairNavigation {

    @Bean
    NavigationEntry fairCatalogueEntry() {
        return new NavigationEntry("nav.fairs", FairCatalogueView.class, VaadinIcon.GLOBE, 10, Set.of());
    }
}
