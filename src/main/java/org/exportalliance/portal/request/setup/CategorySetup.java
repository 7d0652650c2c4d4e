package org.exportalliance.portal.request.setup;

import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff keep the request taxonomy: add a category (code, names in both languages, place in the list; it starts with
 * an ordinary category's SLA targets), rename it, and stop offering it when filing. A category is never deleted:
 * requests filed in it keep it and still show its names. Every change is audited and announced.
 */
@Service
public class CategorySetup {

    /** The subject type of categories (and their SLA targets) in the audit trail, and their live topic. */
    public static final String TOPIC = "request_category";

    private final CategorySetupRepository categories;
    private final Changes changes;
    private final LiveEvents live;
    private final TransactionalOperator tx;

    CategorySetup(CategorySetupRepository categories, Changes changes, LiveEvents live, TransactionalOperator tx) {
        this.categories = categories;
        this.changes = changes;
        this.live = live;
        this.tx = tx;
    }

    /** Every category, offered or not, in the filing form's order. */
    public Flux<CategoryEntry> all(Actor actor) {
        return Checks.staffOnly(actor).thenMany(categories.all());
    }

    public Mono<CategoryEntry> find(Actor actor, String code) {
        return Checks.staffOnly(actor).then(categories.find(code))
                .switchIfEmpty(Mono.error(CategoryNotFound::new));
    }

    /** Where a new category goes by default: after the others, before "other". */
    public Mono<Integer> nextPosition(Actor actor) {
        return Checks.staffOnly(actor).then(categories.nextPosition());
    }

    public Mono<CategoryEntry> add(Actor actor, CategoryDraft draft) {
        CategoryDraft d = draft.normalised();
        return Checks.staffOnly(actor)
                .then(Checks.valid(CategoryRules.check(d, true)))
                .then(tx.transactional(categories.insert(d)
                        .then(changes.record(actor.userId(), "request.category-added", TOPIC, d.code(),
                                d.nameZh() + " / " + d.nameEn()))
                        .then(categories.find(d.code()))))
                .onErrorMap(DuplicateKeyException.class, CategorySetup::taken);
    }

    /** New names or place; the code and whether it is offered stay. */
    public Mono<CategoryEntry> rename(Actor actor, String code, long version, CategoryDraft draft) {
        CategoryDraft d = draft.normalised();
        return Checks.staffOnly(actor)
                .then(Checks.valid(CategoryRules.check(d, false)))
                .then(find(actor, code))
                .flatMap(found -> save(actor, found, version, d, found.category().active(),
                        "request.category-renamed", d.nameZh() + " / " + d.nameEn()));
    }

    /**
     * Offers the category when filing again, or stops offering it: requests already filed in it keep it, and its
     * units and targets stay for them.
     */
    public Mono<CategoryEntry> setActive(Actor actor, String code, long version, boolean active) {
        return find(actor, code).flatMap(found -> {
            var c = found.category();
            return save(actor, found, version, new CategoryDraft(code, c.nameZh(), c.nameEn(), c.position()),
                    active, active ? "request.category-activated" : "request.category-deactivated", c.nameZh());
        });
    }

    private Mono<CategoryEntry> save(Actor actor, CategoryEntry found, long version, CategoryDraft d, boolean active,
            String action, String detail) {
        if (found.version() != version) {
            return Mono.error(new ChangedConcurrently());
        }
        return tx.transactional(categories.update(found.code(), version, d, active)
                        .flatMap(rows -> rows == 0 ? Mono.error(new ChangedConcurrently())
                                : changes.record(actor.userId(), action, TOPIC, found.code(), detail))
                        .then(categories.find(found.code())))
                .onErrorMap(DuplicateKeyException.class, CategorySetup::taken);
    }

    /** Categories and their targets as they change on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    /** The code or a name another category has: refused at that field. */
    private static InvalidInput taken(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        // The constraint's name, not a column's: the message also quotes the statement, which names every column.
        String field = message.contains("request_category_name_zh") ? "nameZh"
                : message.contains("request_category_name_en") ? "nameEn" : "code";
        return new InvalidInput(List.of(new FieldProblem(field, "request.setup.validation.taken")));
    }
}
