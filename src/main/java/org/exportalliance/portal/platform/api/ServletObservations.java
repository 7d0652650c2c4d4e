package org.exportalliance.portal.platform.api;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;

/**
 * Request metrics on the servlet side. API requests are measured by WebFlux with their route templates, so the
 * servlet filter skips them (it would count each again as UNKNOWN). Vaadin requests all match Vaadin's catch-all mapping; they
 * are tagged by their kind ({@code /?v-r=uidl}, {@code /VAADIN/**}) or as a view navigation, never UNKNOWN.
 */
@Configuration(proxyBeanMethods = false)
class ServletObservations {

    /** Vaadin's Spring MVC mapping forwards every UI request; its pattern says nothing about the request. */
    private static final String VAADIN_CATCH_ALL = "/**";

    @Bean
    ObservationPredicate skipApiInServletObservations() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext servlet
                && isApi(servlet.getCarrier()));
    }

    @Bean
    ServerRequestObservationConvention uiRequestObservationConvention() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            protected KeyValue uri(ServerRequestObservationContext context) {
                String pattern = context.getPathPattern();
                if (pattern != null && !VAADIN_CATCH_ALL.equals(pattern)) {
                    return super.uri(context);
                }
                HttpServletRequest request = context.getCarrier();
                String kind = request.getParameter("v-r");
                if (kind != null && kind.matches("[a-z-]{1,20}")) {
                    return KeyValue.of("uri", "/?v-r=" + kind);
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (path.startsWith("/VAADIN/")) {
                    return KeyValue.of("uri", "/VAADIN/**");
                }
                if (path.startsWith("/actuator") || path.startsWith("/styles/") || path.startsWith("/error")) {
                    return super.uri(context);
                }
                return KeyValue.of("uri", "/{view}");
            }
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        return mapping != null && ApiServletConfiguration.SERVLET_NAME.equals(mapping.getServletName());
    }
}
