package org.exportalliance.portal.shell;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller buffers for the push WebSocket each open UI keeps. Tomcat gives every WebSocket four buffers of its default
 * size (8 kB) for as long as it is open, whatever passes through it; at 2 kB an idle session holds about 30 kB less
 * heap (bench {@code session-heap}). Pushes larger than that leave in several frames, which the browser joins; what
 * the browser sends over the socket is tiny (Flow sends its requests over HTTP). An operator's own
 * {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} wins.
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
}
