package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow's lookup answers the Polymer handler question from what it found at start-up, so a {@code $server} call does
 * not scan the class path for an implementation (see {@link NoPolymerTemplates}).
 */
@PortalTest
class NoPolymerTemplatesTest {

    @Autowired ServletContext servletContext;

    @Test
    void the_lookup_hands_out_the_portals_handler_and_the_same_one_each_time() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        DeprecatedPolymerPublishedEventHandler first = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

        assertThat(first).isInstanceOf(NoPolymerTemplates.class);
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isSameAs(first);
        assertThat(first.isTemplateModelValue(null, null, String.class)).isFalse();
    }
}
