package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The UI's edge to the reactive services. Writes subscribe asynchronously and come back through {@code UI.access}
 * (push); the lazy grids' fetches are the one place that waits, with a bound, on the servlet thread.
 */
public final class UiCalls {

    public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private UiCalls() {}

    /** A page of rows for a lazy data provider. */
    public static <T> Stream<T> fetch(Flux<T> rows) {
        var list = rows.collectList().block(FETCH_TIMEOUT);
        return list == null ? Stream.empty() : list.stream();
    }

    /** One value for a view, waited for like {@link #fetch}; empty when the call completes without one. */
    public static <T> java.util.Optional<T> fetchOne(Mono<T> value) {
        return java.util.Optional.ofNullable(value.block(FETCH_TIMEOUT));
    }

    /**
     * Fetches one record and shows it at once, waiting like {@link #fetch}: a dialog opened in {@code show} is open
     * (and modal) before the next click is handled, so a second click cannot stack a second one. A refusal (the record
     * vanished, or may not be seen) shows once with {@link #showRefusal}.
     */
    public static <T> void openNow(Component owner, Mono<T> record, Consumer<T> show) {
        T value;
        try {
            value = record.block(FETCH_TIMEOUT);
        } catch (Refusal refusal) {
            showRefusal(owner, refusal);
            return;
        }
        if (value != null) {
            show.accept(value);
        }
    }

    /**
     * Runs {@code call} and hands its result to {@code onSuccess} in the UI. A {@link Refusal} goes to
     * {@code onRefusal}; anything else becomes the generic error notification (with a reference to the log) and then
     * an {@link UnexpectedFailure} to {@code onRefusal}.
     *
     * <p>The result is handed over on a worker that may block, not on the database driver's event loop:
     * {@code UI.access} can run the task, and any others queued for the session (such as a grid refresh that fetches
     * rows), on the calling thread.
     */
    public static <T> Disposable run(Component owner, Mono<T> call, Consumer<T> onSuccess,
            Consumer<Refusal> onRefusal) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        // Pushing to the browser writes to a socket: leave the reactive thread first.
        return call.publishOn(Schedulers.boundedElastic()).subscribe(
                value -> ui.access(() -> onSuccess.accept(value)),
                error -> ui.access(() -> {
                    if (error instanceof Refusal refusal) {
                        onRefusal.accept(refusal);
                    } else {
                        UiErrorHandling.handle(new com.vaadin.flow.server.ErrorEvent(error));
                        // The view still hears of it, so a form waiting for the answer can be used again.
                        onRefusal.accept(new UnexpectedFailure());
                    }
                }));
    }

    /** How long a view waits after a refresh before it refreshes again for changes that came meanwhile. */
    static final Duration REFRESH_WINDOW = Duration.ofMillis(250);

    /**
     * Refreshes a view when something it shows changed: at once for the first change, then at most once per
     * {@link #REFRESH_WINDOW} with the latest change that came meanwhile (a burst of 500 applications is two reloads,
     * not 500, and a lone change shows without waiting for a window to end), off the reactive thread (a push writes
     * to a socket).
     */
    public static <T> Disposable subscribe(UI ui, Flux<T> events, Consumer<T> action) {
        // One event at a time leaves the pacing, so the hop needs a one-slot queue, not the default 256 slots that an
        // open view would keep for its whole life.
        return paced(events)
                .publishOn(Schedulers.boundedElastic(), 1)
                .subscribe(e -> ui.access(() -> action.accept(e)));
    }

    /** The first event at once, then the latest of those that came meanwhile once each window has passed. */
    static <T> Flux<T> paced(Flux<T> events) {
        return events.onBackpressureLatest()
                .concatMap(e -> Mono.just(e).concatWith(Mono.delay(REFRESH_WINDOW).then(Mono.empty())), 0);
    }

    /**
     * Refreshes {@code owner} on {@code events} while it is on a page ({@link #subscribe}): following starts when it is
     * attached and stops when it is detached, so a page left behind costs nothing.
     */
    public static <T> void follow(Component owner, Flux<T> events, Consumer<T> action) {
        Disposable[] live = {() -> { }};
        owner.addAttachListener(e -> live[0] = subscribe(e.getUI(), events, action));
        owner.addDetachListener(e -> live[0].dispose());
    }

    /**
     * The refusal handler of a form: field problems go to the form (which marks its fields and lets the user try
     * again; an empty list for any other refusal), and any other refusal is also shown as a notification.
     */
    public static Consumer<Refusal> intoForm(Component owner, Consumer<List<FieldProblem>> form) {
        return refusal -> {
            if (refusal instanceof InvalidInput invalid) {
                form.accept(invalid.problems());
            } else {
                form.accept(List.of());
                showRefusal(owner, refusal);
            }
        };
    }

    /**
     * Where refusals and warnings show: a corner, never the middle, so they cover no field of the form they are
     * about. Successes show in the other corner at the bottom ({@link #showSuccess}).
     */
    public static final Notification.Position ALERT_CORNER = Notification.Position.TOP_END;

    /**
     * Shows a refusal's message, once, as an error notification in {@link #ALERT_CORNER}: the one way a refusal that is
     * about no field of an open form shows. A view that shows the message next to its cause instead (a dialog's own
     * line) does not call this as well.
     */
    public static void showRefusal(Component owner, Refusal refusal) {
        if (refusal instanceof UnexpectedFailure) {
            return;
        }
        alert(owner.getTranslation(refusal.messageKey(), refusal.args()), NotificationVariant.LUMO_ERROR, 6000);
    }

    /** A warning the user should read but that refused nothing (a saved lead whose buyer another member holds). */
    public static Notification showWarning(Component owner, String text) {
        return alert(text, NotificationVariant.LUMO_WARNING, 10000);
    }

    static Notification alert(String text, NotificationVariant variant, int millis) {
        Notification n = Notification.show(text, millis, ALERT_CORNER);
        n.addThemeVariants(variant);
        return n;
    }

    public static void showSuccess(Component owner, String messageKey, Object... args) {
        Notification n = Notification.show(owner.getTranslation(messageKey, args), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
