package org.exportalliance.portal.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.NotificationService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who hears of a step on a request, in the notification centre: the firm of what the unit did, the unit of what the
 * firm did, staff of what waits for triage. Nobody is told of their own step's echo, and internal notes tell nobody.
 */
@Component
class RequestNotices {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final ResponderRepository units;

    RequestNotices(NotificationService notifications, AccountService accounts, ResponderRepository units) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.units = units;
    }

    Mono<Void> after(RequestEvent event, ServiceRequest r) {
        String key = "request.notice." + event.kind().name();
        List<String> args = List.of(r.reference(), r.title());
        return switch (event.kind()) {
            case FILED, REFILED -> accounts.recipientsWith(Role.STAFF).collectList()
                    .flatMap(staff -> notifications.notifyUsers(staff, key, args, link(r)));
            case ACCEPTED, RETURNED, TAKEN, PAUSED, RESOLVED, QUOTED, REPORT_ATTACHED, AUTO_CLOSED ->
                    notifications.notifyFirm(r.firmId(), key, args, link(r));
            case DISPATCHED, REOPENED, CONFIRMED, WITHDRAWN, QUOTE_ACCEPTED -> unit(r, key, args, false);
            default -> Mono.empty();
        };
    }

    /** A comment goes to the other side: the firm's to the unit (or staff, before dispatch), the unit's to the firm. */
    Mono<Void> remark(ServiceRequest r, RequestEvent comment, boolean fromFirm) {
        if (comment.internal()) {
            return Mono.empty();
        }
        List<String> args = List.of(r.reference(), r.title());
        if (!fromFirm) {
            return notifications.notifyFirm(r.firmId(), "request.notice.COMMENT", args, link(r));
        }
        return r.unitId() != null ? unit(r, "request.notice.COMMENT", args, false)
                : accounts.recipientsWith(Role.STAFF).collectList()
                        .flatMap(staff -> notifications.notifyUsers(staff, "request.notice.COMMENT", args, link(r)));
    }

    /** A breached or nearly breached deadline: the unit (and its lead), or staff for the accept clock. */
    Mono<Void> deadline(ServiceRequest r, SlaClock clock, int level) {
        String key = "request.notice.sla." + clock.name() + "." + level;
        List<String> args = List.of(r.reference(), r.title());
        Mono<Void> staff = accounts.recipientsWith(Role.STAFF).collectList()
                .flatMap(users -> notifications.notifyUsers(users, key, args, link(r)));
        if (clock == SlaClock.ACCEPT || r.unitId() == null) {
            return staff;
        }
        return unit(r, key, args, level >= 100).then(level >= 100 ? staff : Mono.empty());
    }

    private Mono<Void> unit(ServiceRequest r, String key, List<String> args, boolean withLead) {
        UUID unitId = r.unitId();
        if (unitId == null) {
            return Mono.empty();
        }
        return units.find(unitId).flatMap(unit -> {
            Set<UUID> to = new HashSet<>(unit.members());
            if (withLead && unit.leadUserId() != null) {
                to.add(unit.leadUserId());
            }
            return notifications.notifyUsers(to, key, args, link(r));
        });
    }

    static String link(ServiceRequest r) {
        return "requests/" + r.id();
    }
}
