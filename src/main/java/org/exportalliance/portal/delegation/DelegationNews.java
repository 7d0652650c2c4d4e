package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.notification.FirmRecipients;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhookEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What happens to a delegation is recorded and told, inside the transaction that did it: the audit trail, the live
 * event for open pages, and notifications for the firms concerned.
 */
@Component
public class DelegationNews {

    private final DelegationRepository delegations;
    private final ApplicationRepository applications;
    private final AuditService audit;
    private final Changes changes;
    private final NotificationService notifications;
    private final WebhookEvents webhooks;
    /** Offer deadlines in the alliance's time zone, the portal clock's. */
    private final DateTimeFormatter deadline;

    DelegationNews(DelegationRepository delegations, ApplicationRepository applications, AuditService audit,
            Changes changes, NotificationService notifications, WebhookEvents webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.delegations = delegations;
        this.applications = applications;
        this.audit = audit;
        this.changes = changes;
        this.notifications = notifications;
    }

    /** Audits {@code action} (by {@code actorId}, or the system when null) and refreshes open pages. */
    public Mono<Void> changed(@Nullable UUID actorId, String action, UUID delegationId, @Nullable String detail) {
        return changes.record(actorId, action, DelegationService.TOPIC, delegationId, detail);
    }

    /**
     * Audits one step of a larger change without refreshing pages: the change announces itself once, through
     * {@link #changed} or {@link #announce} (an allocation run audits each application and announces the run).
     */
    public Mono<Void> record(@Nullable UUID actorId, String action, UUID delegationId, @Nullable String detail) {
        return audit.record(actorId, action, DelegationService.TOPIC, delegationId, detail);
    }

    /** Refreshes open pages of the delegation after a change whose audit entries are recorded apart, or none. */
    public Mono<Void> announce(UUID delegationId) {
        return changes.announce(DelegationService.TOPIC, delegationId);
    }

    /**
     * Tells the applicant firm where its application stands now. A decision staff took in their own words carries
     * those words ({@code notify.application.<status>.by-staff}, the reason as argument 3).
     */
    Mono<Void> tellFirm(DelegationApplication a) {
        return delegations.findById(a.delegationId())
                .flatMap(d -> recipientsOf(a.firmId()).flatMap(firm -> tellFirm(a, d, firm)));
    }

    /** The people {@link #tellFirm} tells for an application of {@code firmId}, read ahead of a row lock. */
    Mono<FirmRecipients> recipientsOf(UUID firmId) {
        return notifications.recipientsOf(firmId);
    }

    /**
     * As {@link #tellFirm(DelegationApplication)}, with its delegation already read in this transaction and the
     * firm's people read ahead ({@link #recipientsOf}).
     */
    Mono<Void> tellFirm(DelegationApplication a, Delegation d, FirmRecipients firm) {
        String staffReason = a.decisionReason() == null || AutoReason.isAutomatic(a.decisionReason()) ? null
                : a.decisionReason();
        boolean decidedByStaff = staffReason != null && (a.status() == ApplicationStatus.APPROVED
                || a.status() == ApplicationStatus.WAITLISTED || a.status() == ApplicationStatus.REJECTED);
        return notifications.notifyFirm(firm,
                        "notify.application." + a.status().name() + (decidedByStaff ? ".by-staff" : ""),
                        List.of(d.titleZh(), d.titleEn(),
                                a.offerExpiresAt() == null ? "" : deadline.format(a.offerExpiresAt()),
                                decidedByStaff ? staffReason : ""),
                        link(d.id()),
                        webhooks.prepare(a.firmId(), WebhookEventType.APPLICATION_DECIDED, ApplicationDecided.of(a)));
    }

    /**
     * Tells every firm with a live application that the delegation moved to {@code d.status()}; a cancellation
     * carries staff's reason ({@code notify.delegation.CANCELLED.because}, argument 2).
     */
    Mono<Void> tellFirmsOf(Delegation d) {
        boolean withReason = d.status() == DelegationStatus.CANCELLED && d.cancelReason() != null;
        return applications.findByDelegation(d.id(), null)
                .filter(a -> a.status() != ApplicationStatus.WITHDRAWN && a.status() != ApplicationStatus.REJECTED
                        && a.status() != ApplicationStatus.EXPIRED)
                .map(DelegationApplication::firmId).distinct()
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(firm -> recipientsOf(firm).flatMap(people -> notifications.notifyFirm(people,
                        "notify.delegation." + d.status().name() + (withReason ? ".because" : ""),
                        withReason ? List.of(d.titleZh(), d.titleEn(), d.cancelReason())
                                : List.of(d.titleZh(), d.titleEn()),
                        link(d.id()),
                        webhooks.prepare(firm, WebhookEventType.DELEGATION_STATUS_CHANGED,
                                DelegationStatusChanged.of(d)))))
                .then();
    }

    private static String link(UUID delegationId) {
        return "delegation/" + delegationId;
    }
}
