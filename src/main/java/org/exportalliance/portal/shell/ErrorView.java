package org.exportalliance.portal.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.exportalliance.portal.platform.db.DatabaseAvailability;
import org.exportalliance.portal.platform.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A friendly page for a failure while opening a view. The user sees a reference number, never a stack trace; the
 * log has the trace under the same number.
 *
 * <p>When the failure is a {@link DatabaseOutage} (the database is restarting or unreachable) the page says the service
 * is briefly unavailable, logs nothing of its own ({@link DatabaseAvailability} logs the outage once), and opens the
 * view again by itself as soon as the database answers, after at least {@link #RETRY_NOT_BEFORE}; the user can also try
 * at once.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    /** However soon the database is back, wait this long before opening the view again, so a failure that is not an
     * outage after all is retried every few seconds rather than in a tight loop. */
    static final Duration RETRY_NOT_BEFORE = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final DatabaseAvailability database;
    private boolean outage;
    private Disposable retry = Disposables.disposed();

    ErrorView(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        retry.dispose();
        removeAll();
        setId("error-view");
        outage = DatabaseOutage.isCauseOf(parameter.getCaughtException());
        if (outage) {
            showOutage();
            // Vaadin keeps this view when the retry fails again, so it is still attached: wait again from here.
            getUI().ifPresent(this::waitForTheDatabase);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = Incident.newReference();
        log.error("View failed [{}] at /{}", reference, event.getLocation().getPath(), parameter.getException());
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.message", reference)),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private void showOutage() {
        H2 title = new H2(getTranslation("error.unavailable.title"));
        title.setId("outage-title");
        Paragraph message = new Paragraph(getTranslation("error.unavailable.message"));
        message.setId("outage-message");
        ProgressBar waiting = new ProgressBar();
        waiting.setIndeterminate(true);
        waiting.setWidth("min(24rem, 100%)");
        Button now = new Button(getTranslation("error.unavailable.retry"), e -> openAgain());
        now.setId("outage-retry");
        now.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, message, waiting, now);
    }

    /** Opens the view that failed again, with its whole layout (which may have failed too). */
    private void openAgain() {
        retry.dispose();
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(true));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (outage) {
            waitForTheDatabase(event.getUI());
        }
    }

    private void waitForTheDatabase(UI ui) {
        retry.dispose();
        retry = Mono.delay(RETRY_NOT_BEFORE)
                .then(Mono.defer(database::whenAvailable))
                // Leave the thread that saw the database return (the driver's event loop): a push writes to a socket.
                .publishOn(Schedulers.boundedElastic())
                .subscribe(done -> { }, error -> { }, () -> ui.access(this::openAgain));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        retry.dispose();
    }
}
