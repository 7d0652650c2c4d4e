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
 *       per socket, which Vaadin sets to 16384: 48 kB per session. With JSR 356 Atmosphere is handed whole messages
 *       and never streams into them (its {@code DefaultWebSocketProcessor} would grow them if it did), and it reads
 *       the size as each socket opens, so it is lowered to {@value #ATMOSPHERE_BYTES} bytes once Vaadin's push
 *       handler has set it.</li>
 * </ul>
 * Tomcat's endpoint also gives every connection an 8 kB read and an 8 kB write buffer ({@code socket.appReadBufSize},
 * {@code appWriteBufSize}); they stay at 8 kB: at 2 kB the API's 20 kB pages leave in 2 kB writes, and the portal's
 * CPU time per {@code GET /api/v1/fairs?limit=50} rose by about 30 % (bench/README.md, session-heap).
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int BYTES = 2048;
    static final int ATMOSPHERE_BYTES = 256;

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
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE,
                            String.valueOf(ATMOSPHERE_BYTES));
                } else {
                    LoggerFactory.getLogger(PushBuffers.class)
                            .info("No Atmosphere framework found for the servlet; push sockets keep 48 kB buffers");
                }
            }
        };
    }
}
