package org.exportalliance.portal.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import reactor.pool.PoolAcquireTimeoutException;

class DatabaseOutageTest {

    @Test
    void a_refused_or_lost_connection_means_the_database_is_unavailable_however_deeply_it_is_wrapped() {
        var refused = new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432",
                new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.isCauseOf(refused)).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new BeanCreationException("mainLayout", "constructor threw",
                new DataAccessResourceFailureException("Failed to obtain R2DBC Connection", refused)))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new R2dbcTransientResourceException("connection reset"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new ConnectException("Connection refused"))).isTrue();
    }

    @Test
    void server_shutdown_and_connection_sqlstates_mean_unavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300", "08006", "08001"}) {
            assertThat(DatabaseOutage.isCauseOf(new R2dbcPermissionDeniedException("server said", state)))
                    .as(state).isTrue();
            assertThat(DatabaseOutage.isCauseOf(new SQLException("server said", state))).as(state).isTrue();
        }
    }

    @Test
    void waiting_too_long_for_a_pooled_connection_is_unavailability_but_a_slow_statement_is_not() {
        assertThat(DatabaseOutage.isCauseOf(new R2dbcTimeoutException("Connection acquisition timed out after 5000ms",
                new TimeoutException("Did not observe any item")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new PoolAcquireTimeoutException(java.time.Duration.ofSeconds(5)))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new QueryTimeoutException("canceling statement due to statement timeout",
                new R2dbcTimeoutException("canceling statement due to statement timeout", "57014")))).isFalse();
    }

    @Test
    void refusals_and_bugs_are_not_outages() {
        assertThat(DatabaseOutage.isCauseOf(new DuplicateKeyException("duplicate",
                new R2dbcDataIntegrityViolationException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new R2dbcPermissionDeniedException("password authentication failed",
                "28P01"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        var a = new IllegalStateException("a");
        var b = new IllegalArgumentException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.isCauseOf(a)).isFalse();
    }
}
