package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Files on a request: whoever may see the request adds PDFs, images or workbooks of up to 10 MB while it is open;
 * the unit and staff may keep a file internal. A file is known by its bytes, not its declared type, and is served
 * only to those who may see the request (internal ones never to the firm).
 */
@Service
public class RequestAttachments {

    static final int MAX_NAME = 200;

    private final RequestService requests;
    private final AttachmentRepository attachments;
    private final RequestSteps steps;
    private final Clock clock;

    RequestAttachments(RequestService requests, AttachmentRepository attachments, RequestSteps steps, Clock clock) {
        this.requests = requests;
        this.attachments = attachments;
        this.steps = steps;
        this.clock = clock;
    }

    public Mono<Attachment> attach(Actor actor, UUID requestId, String fileName, byte[] content, boolean internal) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return requests.find(actor, requestId).flatMap(r -> {
            if (internal && RequestSteps.ofTheFirm(actor, r)) {
                return Mono.error(new NotPermitted());
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (!r.status().open()) {
                problems.add(new FieldProblem("file", "request.attachment.closed"));
            }
            String name = name(fileName);
            PlainText.addTo(problems, "fileName", name, false);
            if (name.isEmpty() || name.length() > MAX_NAME) {
                problems.add(new FieldProblem("fileName", "request.attachment.name"));
            }
            AttachmentTypes type = AttachmentTypes.of(content).orElse(null);
            if (content.length == 0) {
                problems.add(new FieldProblem("file", "request.attachment.empty"));
            } else if (content.length > AttachmentTypes.MAX_BYTES) {
                problems.add(new FieldProblem("file", "request.attachment.too-large"));
            } else if (type == null) {
                problems.add(new FieldProblem("file", "request.attachment.type"));
            }
            if (!problems.isEmpty() || type == null) {
                return Mono.error(new InvalidInput(problems));
            }
            Attachment a = new Attachment(UUID.randomUUID(), r.id(), withExtension(name, type), type.contentType,
                    content.length, internal, actor.userId(), now);
            return steps.event(actor, r, RequestEvent.Kind.ATTACHED, a.fileName(), internal, now,
                    attachments.insert(a, content)).thenReturn(a);
        });
    }

    /** The request's files the actor may see, oldest first. */
    public Flux<Attachment> list(Actor actor, UUID requestId) {
        return requests.find(actor, requestId)
                .flatMapMany(r -> attachments.of(r.id(), !RequestSteps.ofTheFirm(actor, r)));
    }

    public Mono<Attachment.File> download(Actor actor, UUID requestId, UUID id) {
        return requests.find(actor, requestId)
                .flatMap(r -> attachments.file(r.id(), id, !RequestSteps.ofTheFirm(actor, r)))
                .switchIfEmpty(Mono.error(AttachmentNotFound::new));
    }

    /** The name without any folder the sender's system put before it. */
    static String name(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).strip();
    }

    static String withExtension(String name, AttachmentTypes type) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith(type.extension) || type == AttachmentTypes.JPEG && lower.endsWith(".jpeg");
        return fits ? name : name + type.extension;
    }
}
