package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.RequestClosing;
import org.exportalliance.portal.request.RequestHandling;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * One request ({@code requests/<id>}, where its notices link): its header, its SLA clocks, the steps its reader may
 * take, its history and a box for comments. It follows changes to the request on any instance. A request the reader
 * may not see reads as not found, like one that does not exist.
 */
@Route("requests/:id")
@PermitAll
public class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestService requests;
    private final RequestPages pages;
    private final RequestReader reader;
    private final VerticalLayout page = new VerticalLayout();
    private @Nullable UUID id;
    private @Nullable ShownRequest shown;

    final RequestHeader header;
    final RequestClocksPanel clocks;
    final RequestActions actions;
    final RequestHistory history;
    final CommentBox comment;
    final RequestFiles files;
    final LabTestPanel lab;
    final VerticalLayout notFound = new VerticalLayout();

    RequestView(RequestService requests, RequestTriage triage, RequestHandling handling, RequestClosing closing,
            LabTests labTests, RequestAttachments attachments, Responders responders, AccountService accounts,
            FirmService firms, ConcernChoices concerns, SignedIn signedIn, Clock clock) {
        this.requests = requests;
        this.pages = new RequestPages(requests, triage, labTests, accounts, firms, concerns);
        this.reader = new RequestReader(signedIn.actor(), UiCalls.fetch(responders.of(signedIn.actor())).toList());
        setId("request");
        header = new RequestHeader(clock.getZone());
        clocks = new RequestClocksPanel(clock.getZone());
        actions = new RequestActions(triage, handling, closing, changed -> reload(), this::reload,
                returned -> new RequestForm(requests, returned.reader().actor(),
                        UiCalls.fetch(requests.allCategories()).toList(), refiled -> reload())
                        .refiling(returned.request(), returned.labTest()).open());
        lab = new LabTestPanel(labTests, attachments, clock, changed -> reload(), this::reload);
        history = new RequestHistory(clock.getZone());
        comment = new CommentBox(requests, this::reload);
        files = new RequestFiles(attachments, this::reload);
        page.setPadding(false);
        page.add(header, actions, clocks, lab, files, history, comment);
        Paragraph why = new Paragraph(getTranslation("request.not-found"));
        why.setId("request-not-found-text");
        notFound.setId("request-not-found");
        notFound.setPadding(false);
        notFound.add(new H2(getTranslation("error.not-found.title")), why,
                new Anchor("requests", getTranslation("request.page.back")));
        notFound.setVisible(false);
        add(page, notFound);
        UiCalls.follow(this, requests.changes()
                .filter(e -> e.isResync() || id != null && id.toString().equals(e.id())), change -> reload());
    }

    /** The address of a request's page, as its notices link it. */
    public static String location(UUID id) {
        return "requests/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(RequestView::uuid).orElse(null);
        reload();
    }

    /** Reads the request again (after a step, a comment, or someone else's change). */
    void reload() {
        UUID shownId = id;
        Optional<ShownRequest> found = shownId == null ? Optional.empty()
                : pages.load(reader, shownId, getLocale());
        found.ifPresentOrElse(this::show, this::showNotFound);
    }

    private void show(ShownRequest request) {
        if (request.sameAs(shown) && page.isVisible()) {
            return;
        }
        shown = request;
        header.show(request);
        actions.show(request);
        clocks.show(request);
        history.show(request);
        comment.show(request);
        files.show(request);
        lab.show(request);
        RequestStatus status = request.request().status();
        comment.setVisible(status != RequestStatus.CLOSED && status != RequestStatus.WITHDRAWN);
        page.setVisible(true);
        notFound.setVisible(false);
    }

    private void showNotFound() {
        shown = null;
        page.setVisible(false);
        notFound.setVisible(true);
    }

    /** What the page shows now; empty when the request is not found. */
    Optional<ShownRequest> shown() {
        return Optional.ofNullable(shown);
    }

    @Override
    public String getPageTitle() {
        ShownRequest s = shown;
        return (s == null ? getTranslation("requests.title") : s.request().reference() + " " + s.request().title())
                + " · " + getTranslation("app.title");
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
