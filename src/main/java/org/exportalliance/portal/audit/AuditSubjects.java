package org.exportalliance.portal.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the feature that records a subject type tells the audit trail about it, so people read names and words, not
 * ids and codes: the feature sits above the audit trail, which cannot read its records itself. A Spring bean per
 * subject type; a type no bean explains shows as recorded.
 */
public interface AuditSubjects {

    /** The subject type as the feature records it ({@code "lead"}). */
    String type();

    /** The names of the subjects {@code ids} as {@code reader} may see them; an id left out shows as it is. */
    Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale);

    /** An entry's detail in the reader's words (a code it holds becomes its label); as recorded by default. */
    default String detail(String action, String detail, Locale locale) {
        return detail;
    }

    /** The address of the subject's page ({@code "fair/<id>"}), when it has one. */
    default Optional<String> location(String id) {
        return Optional.empty();
    }

    /**
     * Names looked up one record at a time (a page of the trail names a few dozen at most); an id that is no UUID,
     * or whose record is gone or hidden from the reader, is left out.
     */
    static Mono<Map<String, String>> each(Set<String> ids, Function<UUID, Mono<String>> name) {
        return Flux.fromIterable(ids)
                .flatMap(id -> uuid(id).flatMap(name).map(n -> Map.entry(id, n)).onErrorResume(e -> Mono.empty()), 8)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static Mono<UUID> uuid(String id) {
        try {
            return Mono.just(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Mono.empty();
        }
    }
}
