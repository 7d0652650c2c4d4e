package org.exportalliance.portal.platform.db;

/**
 * One piece of demo data, written at start in demo mode only. Seeders are beans whatever the mode, and
 * {@link DemoSeeders} decides at start whether they run, in their {@code @Order}: a condition on the bean itself would
 * be fixed when Spring AOT processes the build, and demo mode is only known at start (see
 * {@link EmbeddedPostgresEnvironment}).
 */
public interface DemoSeeder {

    /** Writes this seeder's data unless it is there already; blocks until it is written. */
    void seed();
}
