package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal for browserless UI tests: a mock servlet environment (no real server), on its own fresh embedded
 * PostgreSQL with the demo alliance, in a JVM of its own (Surefire execution "browserless"). Vaadin installs a
 * JVM-wide security-context strategy per application context, so a browserless test sharing the JVM with a
 * {@link PortalTest} context could see the signed-in user vanish, depending on the order the contexts started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browserless")
@TestPropertySource(locations = "classpath:portal-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        // The background jobs stay still (portal-test.properties), and robots point at a closed local port all the
        // same: a view test that saves a robot must never reach the outside world.
        "portal.channels.wecom.url=http://127.0.0.1:9/wecom",
        "portal.channels.dingtalk.url=http://127.0.0.1:9/dingtalk"
})
public @interface BrowserlessPortalTest {}
