package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.RequestClosing;
import org.exportalliance.portal.request.RequestHandling;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.request.UnitSuggestion;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * The steps a request's reader may take from where it stands, as buttons: staff accept, return, prioritise and
 * dispatch it; a member of its unit takes, pauses, resumes and resolves it; the firm confirms and rates it, reopens
 * it, files it again once returned, or withdraws it. A button shows only to its people and only while the request can take that step; the
 * services decide. Each step hands the request back to the page, which reads it again.
 */
class RequestActions extends HorizontalLayout {

    private final RequestTriage triage;
    private final RequestHandling handling;
    private final RequestClosing closing;
    private final Consumer<ServiceRequest> changed;
    private final Runnable reload;
    private final Consumer<ShownRequest> refile;

    RequestActions(RequestTriage triage, RequestHandling handling, RequestClosing closing,
            Consumer<ServiceRequest> changed, Runnable reload, Consumer<ShownRequest> refile) {
        this.refile = refile;
        this.triage = triage;
        this.handling = handling;
        this.closing = closing;
        this.changed = changed;
        this.reload = reload;
        setId("request-actions");
        setWrap(true);
    }

    void show(ShownRequest shown) {
        removeAll();
        ServiceRequest r = shown.request();
        RequestReader reader = shown.reader();
        Actor actor = reader.actor();
        UUID id = r.id();
        long v = r.version();
        RequestStatus s = r.status();
        if (reader.staff()) {
            button("accept", s == RequestStatus.SUBMITTED, true, () -> step(triage.accept(actor, id, v)));
            button("return", s == RequestStatus.SUBMITTED, false, () -> confirmReturn(shown));
            button("priority", s.open() && s != RequestStatus.RESOLVED, false, () -> open(new PriorityDialog(
                    r.state().priority(), p -> triage.prioritise(actor, id, v, p), changed)));
            button("dispatch", s == RequestStatus.QUEUED, true, () -> dispatch(shown, false));
            button("redispatch", s == RequestStatus.DISPATCHED || s == RequestStatus.IN_PROGRESS, false,
                    () -> dispatch(shown, true));
        }
        if (reader.ofTheUnit(r)) {
            button("take", s == RequestStatus.DISPATCHED, true, () -> step(handling.take(actor, id, v)));
            button("pause", s == RequestStatus.IN_PROGRESS, false, () -> open(new TextStepDialog("pause",
                    "question", RequestRules.MAX_TEXT, q -> handling.pause(actor, id, v, q), changed)));
            button("resume", s == RequestStatus.WAITING, true, () -> step(handling.resume(actor, id, v)));
            button("resolve", s == RequestStatus.IN_PROGRESS || s == RequestStatus.WAITING, true,
                    () -> open(new TextStepDialog("resolve", "resolution", RequestRules.MAX_TEXT,
                            text -> handling.resolve(actor, id, v, text), changed)));
        }
        if (reader.ofTheFirm(r)) {
            button("refile", s == RequestStatus.RETURNED, true, () -> refile.accept(shown));
            button("confirm", s == RequestStatus.RESOLVED, true, () -> open(new RatingDialog(
                    (stars, comment) -> closing.confirm(actor, id, v, stars, comment), changed)));
            button("reopen", s == RequestStatus.RESOLVED, false, () -> open(new TextStepDialog("reopen", "reason",
                    RequestRules.MAX_REASON, why -> closing.reopen(actor, id, v, why), changed)));
            button("withdraw", s.mayMoveTo(RequestStatus.WITHDRAWN), false, () -> confirmWithdraw(shown));
        }
        setVisible(getComponentCount() > 0);
    }

    private void button(String action, boolean allowed, boolean primary, Runnable click) {
        if (!allowed) {
            return;
        }
        Button button = new Button(getTranslation("request.action." + action), e -> click.run());
        button.setId("request-" + action);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (action.equals("withdraw") || action.equals("return")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        add(button);
    }

    /** A step with nothing to ask: a refusal shows once, in the corner, and the page reads the request again. */
    private void step(Mono<ServiceRequest> call) {
        getChildren().forEach(c -> ((Button) c).setEnabled(false));
        UiCalls.run(this, call, changed, refusal -> {
            UiCalls.showRefusal(this, refusal);
            reload.run();
        });
    }

    private void open(Dialog dialog) {
        dialog.open();
    }

    /** Staff return a request to the firm with the reason it will read; it asks first and keeps the reason. */
    private void confirmReturn(ShownRequest shown) {
        ServiceRequest r = shown.request();
        Confirmation.of(getTranslation("request.action.return.title", r.reference()),
                        getTranslation("request.action.return.consequence", r.title()),
                        getTranslation("request.action.return"))
                .withReason(getTranslation("request.action.return.reason"), RequestRules.MAX_REASON,
                        reason -> RequestRules.text("reason", reason, RequestRules.MAX_REASON))
                .reasonHint(getTranslation("request.action.return.hint"))
                .calling(reason -> triage.returnToFirm(shown.reader().actor(), r.id(), r.version(), reason),
                        changed)
                .onRefusal(refusal -> reload.run())
                .open();
    }

    /** The firm withdraws its request: the unit stops work on it, and it cannot be taken back. */
    private void confirmWithdraw(ShownRequest shown) {
        ServiceRequest r = shown.request();
        Confirmation.of(getTranslation("request.action.withdraw.title", r.reference()),
                        getTranslation("request.action.withdraw.consequence", r.title()),
                        getTranslation("request.action.withdraw"))
                .calling(none -> closing.withdraw(shown.reader().actor(), r.id(), r.version()), changed)
                .onRefusal(refusal -> reload.run())
                .open();
    }

    /** Units serving the category first, lightest first; a re-dispatch goes to another unit than the current one. */
    private void dispatch(ShownRequest shown, boolean again) {
        ServiceRequest r = shown.request();
        Actor actor = shown.reader().actor();
        List<UnitSuggestion> units = UiCalls.fetch(triage.suggestions(actor, r.category()))
                .filter(u -> !again || !Objects.equals(u.unit().id(), r.unitId())).toList();
        open(new DispatchDialog(again, shown.categoryName(), units,
                u -> triage.dispatch(actor, r.id(), r.version(), u.unit().id()), changed));
    }
}
