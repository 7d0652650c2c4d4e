package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The responder units: staff set one up with its members, its lead and the categories it serves. */
@Service
public class Responders {

    static final int MAX_NAME = 100;

    private final ResponderRepository units;
    private final RequestCatalogRepository catalog;
    private final Changes changes;
    private final TransactionalOperator tx;
    private final Clock clock;

    Responders(ResponderRepository units, RequestCatalogRepository catalog, Changes changes,
            TransactionalOperator tx, Clock clock) {
        this.units = units;
        this.catalog = catalog;
        this.changes = changes;
        this.tx = tx;
        this.clock = clock;
    }

    public Flux<ResponderUnit> all() {
        return units.all();
    }

    /** The units {@code actor} is a member of (a unit's queue is theirs). */
    public Flux<ResponderUnit> of(Actor actor) {
        return units.of(actor.userId());
    }

    /** A new unit (staff); its categories must be known ones. */
    public Mono<ResponderUnit> create(Actor actor, String nameZh, String nameEn, ResponderUnit.Kind kind,
            UUID leadUserId, Set<UUID> members, Set<String> categories) {
        UUID id = UUID.randomUUID();
        ResponderUnit unit = new ResponderUnit(id, nameZh.strip(), nameEn.strip(), kind, leadUserId, true, members,
                categories);
        return Checks.staffOnly(actor)
                .then(catalog.categories().map(RequestCategory::code).collectList())
                .flatMap(known -> Checks.valid(problems(unit, known)))
                .then(tx.transactional(units.insert(unit, OffsetDateTime.now(clock))
                        .then(changes.record(actor.userId(), "request.unit-created", "responder", id, unit.nameZh()))))
                .then(units.find(id));
    }

    private static List<FieldProblem> problems(ResponderUnit u, List<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        for (var name : List.of(List.of("nameZh", u.nameZh()), List.of("nameEn", u.nameEn()))) {
            if (name.get(1).isBlank()) {
                problems.add(new FieldProblem(name.get(0), "validation.required"));
            } else if (name.get(1).length() > MAX_NAME) {
                problems.add(new FieldProblem(name.get(0), "validation.too-long.100"));
            }
            PlainText.addTo(problems, name.get(0), name.get(1), false);
        }
        if (!known.containsAll(u.categories())) {
            problems.add(new FieldProblem("categories", "request.validation.category"));
        }
        return problems;
    }
}
