package org.exportalliance.portal.delegation.pavilion;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationNews;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.notification.NotificationService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a change to the pavilion records and tells, inside the transaction that made it: the delegation's audit trail
 * and live event (booths are shown on the delegation's page), and in-app notices to the firms that got or lost a
 * booth.
 */
@Component
class BoothNews {

    private final DelegationService delegations;
    private final DelegationNews news;
    private final NotificationService notifications;

    BoothNews(DelegationService delegations, DelegationNews news, NotificationService notifications) {
        this.delegations = delegations;
        this.news = news;
        this.notifications = notifications;
    }

    Mono<Void> added(Actor actor, Booth booth) {
        return news.changed(actor.userId(), "booth.added", booth.delegationId(), describe(booth));
    }

    Mono<Void> seriesAdded(Actor actor, UUID delegationId, List<Booth> added) {
        return news.changed(actor.userId(), "booth.series-added", delegationId,
                added.getFirst().label() + "–" + added.getLast().label() + " × " + added.getFirst().areaM2() + " m²");
    }

    Mono<Void> removed(Actor actor, Booth booth) {
        return news.changed(actor.userId(), "booth.removed", booth.delegationId(), describe(booth));
    }

    /** Audits the change, refreshes open pages, and tells the firms that got or lost the booth. */
    Mono<Void> changed(Actor actor, Booth before, Booth after) {
        UUID lost = before.assignee() == null ? null : before.assignee().firmId();
        UUID got = after.assignee() == null ? null : after.assignee().firmId();
        // Open pages are refreshed once, with the edit's entry when the fields changed, else on their own.
        Mono<Void> edited = !before.draft().equals(after.draft())
                ? news.changed(actor.userId(), "booth.edited", after.delegationId(),
                        describe(before) + " → " + describe(after))
                : news.announce(after.delegationId());
        if (Objects.equals(lost, got)) {
            return edited;
        }
        return edited
                .then(lost == null ? Mono.empty() : news.record(actor.userId(), "booth.unassigned",
                        after.delegationId(), after.label() + " ← firm " + lost))
                .then(got == null ? Mono.empty() : news.record(actor.userId(), "booth.assigned",
                        after.delegationId(), after.label() + " → firm " + got
                                + " (application " + after.assignee().applicationId() + ")"))
                .then(delegations.find(after.delegationId()))
                .flatMap(d -> (lost == null ? Mono.<Void>empty()
                        : notifications.notifyFirm(lost, "notify.booth.removed", args(d, after), link(d)))
                        .then(got == null ? Mono.empty()
                                : notifications.notifyFirm(got, "notify.booth.assigned", args(d, after), link(d))));
    }

    private static List<String> args(Delegation d, Booth b) {
        return List.of(d.titleZh(), d.titleEn(), b.label(), b.areaM2().stripTrailingZeros().toPlainString());
    }

    private static String link(Delegation d) {
        return "delegation/" + d.id();
    }

    private static String describe(Booth b) {
        return b.label() + " " + b.areaM2().stripTrailingZeros().toPlainString() + " m² @" + b.row() + "," + b.column();
    }
}
