package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

/**
 * The push WebSocket's buffers are set before Tomcat reads their size, once per JVM: too late and every open UI keeps
 * 8 kB buffers. (That pushes larger than the buffer still arrive whole is what the browser tests of live lists show.)
 */
@PortalTest
class PushBuffersTest {

    @Test
    void tomcat_sizes_each_web_socket_buffer_at_two_kilobytes() throws ReflectiveOperationException {
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(PushBuffers.BYTES);
    }
}
