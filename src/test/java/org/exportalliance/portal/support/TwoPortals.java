package org.exportalliance.portal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal instances on one PostgreSQL of their own, as production runs them behind a load balancer: {@code a} in
 * demo mode (it seeds the alliance), {@code b} not, both with the association's bootstrap staff account and the
 * test's own settings. Closing stops both instances, then the database.
 */
public record TwoPortals(EmbeddedPostgres postgres, ConfigurableApplicationContext a,
        ConfigurableApplicationContext b) implements AutoCloseable {

    public static TwoPortals start(String... settings) {
        return start(false, settings);
    }

    /** Both instances in demo mode, as deploy/local runs them: a demo user can sign in on either. */
    public static TwoPortals startInDemoMode(String... settings) {
        return start(true, settings);
    }

    private static TwoPortals start(boolean demoOnB, String... settings) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConfigurableApplicationContext a = PortalInstances.start(postgres, 0, with(true, settings));
        return new TwoPortals(postgres, a, PortalInstances.start(postgres, 0, with(demoOnB, settings)));
    }

    private static String[] with(boolean demo, String... settings) {
        List<String> all = new ArrayList<>(List.of("--portal.demo.enabled=" + demo,
                "--portal.bootstrap.staff-username=ops.admin",
                "--portal.bootstrap.staff-password=correct horse battery staple"));
        all.addAll(List.of(settings));
        return all.toArray(String[]::new);
    }

    @Override
    public void close() throws Exception {
        PortalInstances.stop(b, a, postgres);
    }
}
