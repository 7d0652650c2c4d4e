package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * No page gives two of its components the same id: a browser (and a test) finds the first one only, so a click meant
 * for a button can land on a paragraph that shares its id. Every page without parameters, as staff and as a member.
 */
@BrowserlessPortalTest
class UniqueIdsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void no_page_staff_can_open_repeats_an_id() {
        assertThat(duplicatesOnEveryPage()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void no_page_a_firm_admin_can_open_repeats_an_id() {
        assertThat(duplicatesOnEveryPage()).isEmpty();
    }

    private List<String> duplicatesOnEveryPage() {
        navigate(FairCatalogueView.class);
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).filter(t -> !t.contains(":")).sorted().toList();
        assertThat(routes).hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        for (String route : routes) {
            UI.getCurrent().navigate(route);
            Map<String, Integer> counts = new HashMap<>();
            // A Composite and its content are one element: count elements, not components.
            elements(UI.getCurrent().getElement()).forEach(e -> {
                String id = e.getAttribute("id");
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            });
            counts.forEach((id, n) -> {
                if (n > 1) {
                    found.add("/" + route + ": #" + id + " × " + n);
                }
            });
        }
        return found;
    }

    private static Stream<Element> elements(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(UniqueIdsTest::elements));
    }
}
