package org.exportalliance.portal.platform.db;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DemoSeeder}s at start, in their {@code @Order}, when {@code portal.demo.enabled} is true; does
 * nothing otherwise.
 *
 * <p>The decision is made here, at start, and not by a condition on each seeder: {@link EmbeddedPostgresEnvironment}
 * turns demo mode on by default only for the embedded database, and a jar processed by Spring AOT has every bean
 * condition fixed at build time. One jar thus seeds the demo under {@code java -jar} and never seeds a production
 * database, with or without {@code -Dspring.aot.enabled=true}.
 */
@Component
@Order(10)
class DemoSeeders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeders.class);

    private final ObjectProvider<DemoSeeder> seeders;
    private final Environment env;

    DemoSeeders(ObjectProvider<DemoSeeder> seeders, Environment env) {
        this.seeders = seeders;
        this.env = env;
    }

    /** Whether demo mode is on; read at start, after {@link EmbeddedPostgresEnvironment} chose the database. */
    boolean demoMode() {
        return env.getProperty("portal.demo.enabled", Boolean.class, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode()) {
            return;
        }
        // The seeders' @Order, as Boot would have ordered them as runners of their own.
        List<DemoSeeder> ordered = seeders.orderedStream().toList();
        log.debug("Demo mode: running {} demo seeders", ordered.size());
        ordered.forEach(DemoSeeder::seed);
    }
}
