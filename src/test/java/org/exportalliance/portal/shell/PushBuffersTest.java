package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Field;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The push WebSocket's buffers are small: Tomcat's are set before Tomcat reads their size (once per JVM), and
 * Atmosphere's after Vaadin set them to 16 kB. (That pushes larger than the buffers still arrive whole is what the
 * browser tests of live lists show.)
 */
@PortalTest
class PushBuffersTest {

    @Autowired ServletContext servletContext;

    @Test
    void tomcat_sizes_each_web_socket_buffer_at_two_kilobytes() throws ReflectiveOperationException {
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(PushBuffers.BYTES);
    }

    @Test
    void atmosphere_opens_each_socket_with_small_buffers_not_vaadins_sixteen_kilobytes() {
        AtmosphereFramework atmosphere = (AtmosphereFramework) servletContext.getAttribute(
                JSR356WebsocketInitializer.getAttributeName("springServlet"));
        assertThat(atmosphere).isNotNull();
        assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(String.valueOf(PushBuffers.ATMOSPHERE_BYTES));
    }
}
