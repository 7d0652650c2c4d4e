package org.exportalliance.portal.shell;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.spring.RootMappedCondition;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.VaadinConfigurationProperties;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's servlet, except that its own round trips skip the look for a static file.
 *
 * <p>Flow asks for every request whether it names a file to serve, and behind Spring's forward even a UI round trip
 * ({@code /?v-r=uidl}) costs a class-path lookup that finds nothing. A round trip per open page follows every live
 * update (the grid confirms the rows it was sent), so with 200 catalogues open the lookups were a twentieth of the
 * portal's CPU in the fan-out (bench {@code live-fanout}, JFR). A request that carries Flow's request type in its
 * query string is one of Flow's own (a round trip, a heartbeat, the bootstrap, push) and is never a file; everything
 * else is looked up as before. The query string is read, not the parameters, so that no form body is consumed here.
 *
 * <p>Registered as Vaadin's Spring Boot integration registers its own servlet, through the same public method.
 */
@Configuration(proxyBeanMethods = false)
class RoundTripServlet {

    private static final String REQUEST_TYPE = ApplicationConstants.REQUEST_TYPE_PARAMETER + "=";

    @Bean
    ServletRegistrationBean<SpringServlet> servletRegistrationBean(ObjectProvider<MultipartConfigElement> multipart,
            VaadinConfigurationProperties properties, ApplicationContext context) {
        boolean rootMapping = RootMappedCondition.isRootMapping(properties.getUrlMapping());
        return SpringBootAutoConfiguration.configureServletRegistrationBean(multipart, properties,
                new Servlet(context, rootMapping));
    }

    static boolean isFlowRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith(REQUEST_TYPE) || query.contains("&" + REQUEST_TYPE));
    }

    static final class Servlet extends SpringServlet {

        Servlet(ApplicationContext context, boolean rootMapping) {
            super(context, rootMapping);
        }

        @Override
        protected boolean serveStaticOrWebJarRequest(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            return !isFlowRequest(request) && super.serveStaticOrWebJarRequest(request, response);
        }
    }
}
