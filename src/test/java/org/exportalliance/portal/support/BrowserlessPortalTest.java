package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal for browserless UI tests: a mock servlet environment (no real server), on its own fresh embedded
 * PostgreSQL with the demo alliance, in a JVM of its own (Surefire execution "browserless"). Vaadin installs a
 * JVM-wide security-context strategy per application context, so a browserless test sharing the JVM with a
 * {@link PortalTest} context could see the signed-in user vanish, depending on the order the contexts started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browserless")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "portal.embedded.ephemeral=true",
        "portal.demo.enabled=true",
        // Tests run the checklist reminder job themselves.
        "portal.checklist.reminder-check=PT1H",
        "portal.checklist.reminder-initial-delay=PT1H",
        "portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "portal.passport.key-id=test",
        // Tests run offer expiry themselves; the schedule would race them for the same offers.
        "portal.delegation.expiry-check=PT1H",
        "portal.delegation.expiry-initial-delay=PT1H",
        // The portal's background senders and watches stay still here, as in PortalTest: a view test that saves a
        // robot or files a request must not set a job talking to the outside world (or holding a pooled connection
        // while it waits for one) under the other view tests. Robots point at a closed local port all the same.
        "portal.channels.outbox-initial-delay=PT1H",
        "portal.channels.wecom.url=http://127.0.0.1:9/wecom",
        "portal.channels.dingtalk.url=http://127.0.0.1:9/dingtalk",
        "portal.requests.deadline-check=PT1H",
        "portal.requests.deadline-initial-delay=PT1H",
        "portal.webhooks.dispatch=PT1H",
        "portal.webhooks.dispatch-initial-delay=PT1H"
})
public @interface BrowserlessPortalTest {}
