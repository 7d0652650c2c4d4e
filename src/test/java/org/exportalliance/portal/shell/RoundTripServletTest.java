package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.exportalliance.portal.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;

/** Flow's own round trips skip the static-file look-up; every other request is looked up as before. */
@PortalTest
class RoundTripServletTest {

    @Autowired ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void vaadins_servlet_is_the_portals() {
        assertThat(vaadinServlet.getServlet()).isInstanceOf(RoundTripServlet.Servlet.class);
    }

    @Test
    void a_request_with_flows_request_type_in_its_query_is_a_round_trip() {
        assertThat(RoundTripServlet.isFlowRequest(withQuery("v-r=uidl&v-uiId=0"))).isTrue();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("v-r=heartbeat&v-uiId=3"))).isTrue();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("location=fairs&v-r=init"))).isTrue();
    }

    @Test
    void any_other_request_is_looked_up_as_a_file() {
        assertThat(RoundTripServlet.isFlowRequest(withQuery(null))).isFalse();
        assertThat(RoundTripServlet.isFlowRequest(withQuery(""))).isFalse();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("v=1"))).isFalse();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("xv-r=uidl"))).isFalse();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("a=v-r=uidl"))).isFalse();
        assertThat(RoundTripServlet.isFlowRequest(withQuery("v-rx=uidl"))).isFalse();
    }

    private static MockHttpServletRequest withQuery(@Nullable String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/build/bundle.js");
        request.setQueryString(query);
        return request;
    }
}
