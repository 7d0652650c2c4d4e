package org.exportalliance.portal.shell;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller buffers for the push WebSocket each open UI keeps for its whole life (bench {@code session-heap}):
 * <ul>
 *   <li>Tomcat gives every WebSocket four buffers of its default size (8 kB). At 2 kB an idle session holds about
 *       30 kB less. Pushes larger than that leave in several frames, which the browser joins; what the browser sends
 *       over the socket is tiny (Flow sends its requests over HTTP). An operator's own
 *       {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} wins.</li>
 *   <li>Atmosphere's {@code WebSocket} allocates a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 *       per socket, which Vaadin sets to 16384: 48 kB per session. Atmosphere 3.0.5 only clears them on close and
 *       never reads or writes them, and reads the size as each socket opens, so it is lowered once Vaadin's push
 *       handler has set it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int BYTES = 2048;

    /** Connectors are customised before Tomcat starts, so before its WebSocket classes read the property (once). */
    @Bean
    TomcatConnectorCustomizer smallerPushBuffers() {
        return connector -> {
            if (System.getProperty(PROPERTY) == null) {
                System.setProperty(PROPERTY, String.valueOf(BYTES));
            }
        };
    }

    /** Service init listeners run after Vaadin's push handler has configured Atmosphere. */
    @Bean
    VaadinServiceInitListener smallerAtmosphereBuffers() {
        return event -> {
            if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
                Object framework = service.getServlet().getServletContext().getAttribute(
                        JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()));
                if (framework instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(BYTES));
                } else {
                    LoggerFactory.getLogger(PushBuffers.class)
                            .info("No Atmosphere framework found for the servlet; push sockets keep 48 kB buffers");
                }
            }
        };
    }
}
