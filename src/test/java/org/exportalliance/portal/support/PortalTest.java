package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal on a random port, on a fresh embedded PostgreSQL with the demo alliance seeded, its background
 * jobs held still ({@code portal-test.properties}, shared with {@link BrowserlessPortalTest}). Test classes that
 * use it share one application context (and one database), so each test builds its own data and never assumes the
 * database is otherwise empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(locations = "classpath:portal-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Tests send webhooks themselves, to receivers on the loopback address.
        "portal.webhooks.allowed-hosts=127.0.0.1",
        // A request body that stops arriving is answered 408 after this (RequestBodyLimitTest waits for it).
        "portal.api.body-timeout=PT5S",
        "vaadin.launch-browser=false",
        // Copilot's dev-mode toolbar and its notice would cover parts of the page in browser tests.
        "vaadin.devmode.devTools.enabled=false"
})
public @interface PortalTest {}
