package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole portal on a random port, on a fresh embedded PostgreSQL with the demo alliance seeded. Test classes that
 * use it share one application context (and one database), so each test builds its own data and never assumes the
 * database is otherwise empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded.ephemeral=true",
        "portal.demo.enabled=true",
        "portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=", "portal.passport.key-id=test",
        // Tests run offer expiry themselves; the schedule would race them for the same offers.
        "portal.delegation.expiry-check=PT1H",
        "portal.delegation.expiry-initial-delay=PT1H",
        // Tests run the checklist reminder job themselves.
        "portal.checklist.reminder-check=PT1H",
        "portal.checklist.reminder-initial-delay=PT1H",
        // Tests run the notice outbox themselves.
        "portal.channels.outbox-initial-delay=PT1H",
        // Tests run the request deadline watch themselves.
        "portal.requests.deadline-check=PT1H",
        "portal.requests.deadline-initial-delay=PT1H",
        // Tests send webhooks themselves, to receivers on the loopback address, with a clock of their own.
        "portal.webhooks.dispatch=PT1H",
        "portal.webhooks.dispatch-initial-delay=PT1H",
        "portal.webhooks.allowed-hosts=127.0.0.1",
        // A request body that stops arriving is answered 408 after this (RequestBodyLimitTest waits for it).
        "portal.api.body-timeout=PT5S",
        "vaadin.launch-browser=false",
        // Copilot's dev-mode toolbar and its notice would cover parts of the page in browser tests.
        "vaadin.devmode.devTools.enabled=false"
})
public @interface PortalTest {}
