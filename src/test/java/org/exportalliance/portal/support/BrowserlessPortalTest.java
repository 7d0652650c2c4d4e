package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal for browserless UI tests: a mock servlet environment (no real server), on its own fresh embedded
 * PostgreSQL with the demo alliance. Kept apart from {@link PortalTest}'s context because a Vaadin servlet that has
 * served real browser requests confuses the browserless test's mock Vaadin environment.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "portal.embedded.ephemeral=true",
        "portal.demo.enabled=true"
})
public @interface BrowserlessPortalTest {}
