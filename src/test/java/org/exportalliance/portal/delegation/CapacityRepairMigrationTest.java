package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.exportalliance.portal.support.PortalTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V18 on a database that already leaked capacity (as production did before the fix): in a database of its own,
 * migrated to V17, a delegation counts 3 slots used while one application holds a place, and a cancelled one has no
 * reason. V18 sets the counters to what is held and leaves the repair in the audit trail, so the leak is put right
 * but not hidden; the cancelled delegation gets a text saying no reason was recorded.
 */
@PortalTest
class CapacityRepairMigrationTest {

    @Autowired Flyway flyway;

    @Test
    void counters_that_do_not_match_when_v18_arrives_are_set_to_what_is_held_and_each_repair_is_audited()
            throws Exception {
        String database = "v18_repair_" + Long.toString(System.nanoTime(), 36);
        String url;
        String user;
        try (Connection admin = flyway.getConfiguration().getDataSource().getConnection();
                Statement st = admin.createStatement()) {
            st.execute("create database " + database);
            url = admin.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            user = admin.getMetaData().getUserName();
        }
        try {
            Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration").target("17").load()
                    .migrate();
            UUID leaked = UUID.randomUUID();
            UUID cancelled = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(url, user, null); Statement st = c.createStatement()) {
                UUID firm = UUID.randomUUID();
                UUID person = UUID.randomUUID();
                UUID fair = UUID.randomUUID();
                st.execute("insert into firm (id, name_zh, name_en, kind) values ('" + firm + "', '甲', 'A', 'MEMBER')");
                st.execute("insert into app_user (id, firm_id, username, display_name, password_hash, roles) values ('"
                        + person + "', '" + firm + "', 'leaker', 'leaker', 'x', array['MEMBER'])");
                st.execute("insert into fair (id, name_zh, name_en, city, country, venue, start_date, end_date, "
                        + "sectors) values ('" + fair + "', '展', 'Expo', 'Milan', 'IT', 'Fiera', '2027-09-01', "
                        + "'2027-09-05', array['WEAVING'])");
                for (UUID d : new UUID[] {leaked, cancelled}) {
                    st.execute("insert into delegation (id, fair_id, title_zh, title_en, organiser, "
                            + "applications_open, applications_close, firm_slots, area_m2, seats, used_slots, "
                            + "used_area_m2, used_seats, policy, status) values ('" + d + "', '" + fair
                            + "', '团', 'D', '协会', now(), now() + interval '9 days', 10, 200, 40, 3, 60, 6, 'FIFO', '"
                            + (d.equals(leaked) ? "OPEN" : "CANCELLED") + "')");
                }
                st.execute("insert into delegation_application (id, delegation_id, firm_id, submitted_by, "
                        + "travellers, area_m2, status, holds_capacity, submitted_at, updated_at) values ('"
                        + UUID.randomUUID() + "', '" + leaked + "', '" + firm + "', '" + person
                        + "', 2, 20, 'APPROVED', true, now(), now())");
            }

            Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration").load().migrate();

            try (Connection c = DriverManager.getConnection(url, user, null); Statement st = c.createStatement()) {
                ResultSet counters = st.executeQuery("select used_slots, used_area_m2, used_seats, cancel_reason "
                        + "from delegation where id = '" + leaked + "'");
                counters.next();
                assertThat(counters.getInt(1)).isEqualTo(1);
                assertThat(counters.getBigDecimal(2)).isEqualByComparingTo("20");
                assertThat(counters.getInt(3)).isEqualTo(2);
                assertThat(counters.getString(4)).isNull();
                ResultSet audited = st.executeQuery("select subject_id, detail from audit_event "
                        + "where action = 'delegation.capacity-repaired' order by subject_id");
                assertThat(audited.next()).isTrue();
                String first = audited.getString(1) + " " + audited.getString(2);
                assertThat(audited.next()).isTrue();
                String second = audited.getString(1) + " " + audited.getString(2);
                assertThat(audited.next()).isFalse();
                assertThat(java.util.List.of(first, second)).containsExactlyInAnyOrder(
                        leaked + " used 3/60.0/6 -> held 1/20.0/2", cancelled + " used 3/60.0/6 -> held 0/0/0");
                ResultSet reason = st.executeQuery("select cancel_reason from delegation where id = '"
                        + cancelled + "'");
                reason.next();
                assertThat(reason.getString(1)).contains("no reason was recorded");
            }
        } finally {
            try (Connection admin = flyway.getConfiguration().getDataSource().getConnection();
                    Statement st = admin.createStatement()) {
                st.execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
