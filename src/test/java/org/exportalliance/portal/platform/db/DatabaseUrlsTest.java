package org.exportalliance.portal.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUrlsTest {

    @Test
    void the_flyway_url_is_derived_from_the_r2dbc_url() {
        assertThat(DatabaseUrls.jdbcFromR2dbc("r2dbc:postgresql://db.example:5433/portal?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.example:5433/portal?sslmode=require");
    }

    @Test
    void a_url_of_another_kind_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> DatabaseUrls.validateR2dbc("jdbc:postgresql://localhost/portal"))
                .isInstanceOf(DatabaseMisconfigured.class)
                .hasMessageContaining("SPRING_R2DBC_URL must look like r2dbc:postgresql://");
        assertThatThrownBy(() -> DatabaseUrls.validateR2dbc("r2dbc:postgresql://localhost"))
                .isInstanceOf(DatabaseMisconfigured.class)
                .hasMessageContaining("needs a host and a database name");
    }

    @Test
    void the_failure_analyzer_turns_connection_failures_into_one_line() {
        FailureAnalysis analysis = new DatabaseFailureAnalyzer()
                .analyze(new IllegalStateException("wrapped", new ConnectException("Connection refused")));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("Cannot reach the database: Connection refused");
        assertThat(analysis.getAction()).contains("SPRING_R2DBC_URL");
        assertThat(new DatabaseFailureAnalyzer().analyze(new IllegalStateException("unrelated"))).isNull();
    }
}
