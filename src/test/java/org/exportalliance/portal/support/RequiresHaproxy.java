package org.exportalliance.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs a real HAProxy (see {@link Haproxy} for where it is looked for). Without one the class
 * is skipped, with one line on stdout saying why, as with {@link RequiresChromium}; {@code .ci/run} installs both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(HaproxyCondition.class)
public @interface RequiresHaproxy {}
