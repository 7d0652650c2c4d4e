package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A view for tests of the error page: it opens normally unless a test has set what opening it throws. The database
 * failure is what Spring makes of a connection PostgreSQL refuses.
 */
@Route("test/failing-view")
@PermitAll
public class FailingTestView extends Div {

    static final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    static RuntimeException databaseDown() {
        return new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                new R2dbcNonTransientResourceException("Connection refused: localhost/127.0.0.1:5432"));
    }

    public FailingTestView() {
        RuntimeException fails = failure.get();
        if (fails != null) {
            throw fails;
        }
        setId("failing-test-view");
        add(new Span("opened"));
    }
}
