package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives a real Chromium (see {@link Chromium} for where it is looked for). Without one the
 * class is skipped, with one line on stdout saying why, and the rest of the build runs on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {}
