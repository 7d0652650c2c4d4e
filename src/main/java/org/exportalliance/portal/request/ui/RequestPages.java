package org.exportalliance.portal.request.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.request.Concerns;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestEvent;
import org.exportalliance.portal.request.RequestNotFound;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads what a request's page shows, in the reader's scope. A request the reader may not see (or none at all) is
 * simply absent, so the page says it is not found and never tells the one from the other.
 */
final class RequestPages {

    private final RequestService requests;
    private final RequestTriage triage;
    private final LabTests labTests;
    private final AccountService accounts;
    private final FirmService firms;
    private final ConcernChoices concerns;

    RequestPages(RequestService requests, RequestTriage triage, LabTests labTests, AccountService accounts,
            FirmService firms, ConcernChoices concerns) {
        this.concerns = concerns;
        this.requests = requests;
        this.triage = triage;
        this.labTests = labTests;
        this.accounts = accounts;
        this.firms = firms;
    }

    Optional<ShownRequest> load(RequestReader reader, UUID id, Locale locale) {
        return UiCalls.fetchOne(requests.find(reader.actor(), id)
                .flatMap(r -> Mono.zip(requests.history(reader.actor(), id).collectList(), requests.clocks(),
                                labTests.find(reader.actor(), id).map(Optional::of).defaultIfEmpty(
                                        Optional.empty()),
                                triage.units().collectMap(ResponderUnit::id, Function.identity()),
                                requests.allCategories().collectMap(RequestCategory::code, c -> c.name(locale)))
                        .flatMap(t -> Mono.zip(names(r, t.getT1()), firmName(reader, r, locale),
                                        concerns(reader, r, locale))
                                .map(n -> new ShownRequest(r, t.getT1(), t.getT2(), t.getT3().orElse(null),
                                        n.getT1(), n.getT2().orElse(null), t.getT4(),
                                        t.getT5().getOrDefault(r.category(), r.category()),
                                        n.getT3().orElse(null), reader))))
                .onErrorResume(RequestNotFound.class, notFound -> Mono.empty()));
    }

    /** The names of the people in the history and of whoever took the request. */
    private Mono<Map<UUID, String>> names(ServiceRequest r, List<RequestEvent> history) {
        Set<UUID> ids = new HashSet<>();
        history.stream().map(RequestEvent::actorId).filter(Objects::nonNull).forEach(ids::add);
        if (r.state().takenBy() != null) {
            ids.add(r.state().takenBy());
        }
        return Flux.fromIterable(ids).flatMap(accounts::findById).collectMap(UserAccount::id,
                UserAccount::displayName);
    }

    /** The name of what the request concerns, as far as the reader may see it. */
    private Mono<Optional<String>> concerns(RequestReader reader, ServiceRequest r, Locale locale) {
        Concerns about = r.concerns();
        return about == null ? Mono.just(Optional.empty()) : concerns.name(reader.actor(), about, locale);
    }

    /** The filing firm's name, for staff and units (the firm knows its own). */
    private Mono<Optional<String>> firmName(RequestReader reader, ServiceRequest r, Locale locale) {
        if (reader.ofTheFirm(r)) {
            return Mono.just(Optional.empty());
        }
        return firms.find(r.firmId()).map(f -> Optional.of(f.name(locale)))
                .defaultIfEmpty(Optional.empty());
    }
}
