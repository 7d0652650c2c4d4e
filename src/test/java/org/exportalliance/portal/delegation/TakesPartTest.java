package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * "Takes part" has one definition in SQL, {@code takes_part(status)} (V22), and it is the Java one,
 * {@link ApplicationStatus#participates()}; no SQL in the code spells the status list out again.
 */
@PortalTest
class TakesPartTest {

    /** A status list with APPROVED and ACCEPTED in it, in either order: "in ('APPROVED', 'ACCEPTED')". */
    private static final Pattern SPELLED_OUT = Pattern.compile(
            "in\\s*\\(\\s*'(APPROVED|ACCEPTED)'\\s*,\\s*'(APPROVED|ACCEPTED)'\\s*\\)", Pattern.CASE_INSENSITIVE);

    @Autowired DatabaseClient db;

    @Test
    void takes_part_in_sql_is_participates_in_java_for_every_status() {
        String[] names = Arrays.stream(ApplicationStatus.values()).map(Enum::name).toArray(String[]::new);
        db.sql("select s, takes_part(s) as takes from unnest(cast(:names as text[])) as s")
                .bind("names", names)
                .map(row -> row.get("s", String.class) + "=" + row.get("takes", Boolean.class))
                .all().collectList()
                .as(StepVerifier::create)
                .assertNext(rows -> assertThat(rows).containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(ApplicationStatus.values()).map(s -> s.name() + "=" + s.participates())
                                .toList()))
                .verifyComplete();
    }

    @Test
    void the_checklist_participants_are_the_firms_that_take_part() {
        db.sql("""
                        select count(*) from (
                            select distinct delegation_id, firm_id from delegation_application
                             where status in ('APPROVED', 'ACCEPTED')
                            except select delegation_id, firm_id from checklist_participant) missing""")
                .map(row -> row.get(0, Long.class)).one()
                .as(StepVerifier::create)
                .expectNext(0L)
                .verifyComplete();
        db.sql("select count(*) from checklist_participant p where not exists (select 1 from delegation_application a "
                        + "where a.delegation_id = p.delegation_id and a.firm_id = p.firm_id "
                        + "and a.status in ('APPROVED', 'ACCEPTED'))")
                .map(row -> row.get(0, Long.class)).one()
                .as(StepVerifier::create)
                .expectNext(0L)
                .verifyComplete();
    }

    @Test
    void no_main_source_spells_the_status_list_out() throws IOException {
        List<String> spelled;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            spelled = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    // The migrations before V22 have landed and are never edited; V22 holds the definition.
                    .filter(f -> !f.getFileName().toString().matches("V([1-9]|1[0-9]|2[0-2])__.*\\.sql"))
                    .filter(f -> SPELLED_OUT.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(spelled).as("SQL that writes \"takes part\" out instead of takes_part(status)").isEmpty();
        assertThat(SPELLED_OUT.matcher("a.status in ('APPROVED', 'ACCEPTED')").find()).isTrue();
        assertThat(SPELLED_OUT.matcher("status in ('ACCEPTED','APPROVED')").find()).isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
