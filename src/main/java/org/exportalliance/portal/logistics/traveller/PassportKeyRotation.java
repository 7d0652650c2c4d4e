package org.exportalliance.portal.logistics.traveller;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finishes a key rotation: after start, rows sealed with a previous key are opened and sealed again with the current
 * one, a batch per transaction ({@code for update skip locked}, so several instances share the work). Once no row
 * names an old key, that key can be removed from {@code portal.passport.previous-keys}. Rows sealed with a key that
 * is not configured at all are left alone and counted in a warning.
 */
@Component
class PassportKeyRotation {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(PassportKeyRotation.class);

    private final TravellerRepository travellers;
    private final PassportCipher cipher;
    private final TransactionalOperator tx;

    PassportKeyRotation(TravellerRepository travellers, PassportCipher cipher, TransactionalOperator tx) {
        this.travellers = travellers;
        this.cipher = cipher;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        reseal(cipher).flatMap(count -> warnAboutUnknownKeys(cipher).thenReturn(count))
                .subscribe(count -> {
                    if (count > 0) {
                        log.info("Re-encrypted {} passport numbers with the current key '{}'", count,
                                cipher.currentKeyId());
                    }
                }, error -> log.warn("Re-encrypting passport numbers with the current key failed: {}",
                        error.getMessage()));
    }

    /** How far a run got: rows re-sealed, the last id looked at, and how many rows the batch had. */
    private record Progress(long resealed, UUID after, int seen) {}

    /**
     * Re-seals every row sealed with one of {@code with}'s previous keys; answers how many. A row that does not open
     * (altered, or sealed for another row) is skipped with a warning and keeps its old key.
     */
    Mono<Long> reseal(PassportCipher with) {
        String[] previous = with.keyIds().stream().filter(id -> !id.equals(with.currentKeyId()))
                .toArray(String[]::new);
        if (previous.length == 0) {
            return Mono.just(0L);
        }
        return batch(with, previous, new UUID(0, 0))
                .expand(p -> p.seen() == BATCH ? batch(with, previous, p.after()) : Mono.empty())
                .map(Progress::resealed)
                .reduce(0L, Long::sum);
    }

    private Mono<Progress> batch(PassportCipher with, String[] previous, UUID after) {
        return tx.transactional(travellers.lockSealedWith(previous, after, BATCH).collectList()
                .flatMap(rows -> Flux.fromIterable(rows)
                        .concatMap(s -> resealOne(with, s))
                        .reduce(0L, Long::sum)
                        .map(n -> new Progress(n, rows.isEmpty() ? after : rows.getLast().id(), rows.size()))));
    }

    private Mono<Long> resealOne(PassportCipher with, TravellerRepository.Stored s) {
        PassportCipher.Sealed sealed;
        try {
            sealed = with.seal(s.id(), with.open(s.id(), s.passport().keyId(), s.passport().bytes()));
        } catch (IllegalStateException e) {
            log.warn("Skipped re-encrypting a passport number: {}", e.getMessage());
            return Mono.just(0L);
        }
        return travellers.reseal(s.id(), s.passport().keyId(), sealed);
    }

    private Mono<Void> warnAboutUnknownKeys(PassportCipher with) {
        return travellers.countByKey().filter(e -> !with.keyIds().contains(e.getKey())).collectList()
                .doOnNext(unknown -> {
                    if (!unknown.isEmpty()) {
                        log.warn("Passport numbers of {} travellers are sealed with keys that are not configured ({}); "
                                + "they cannot be read until those keys are in portal.passport.previous-keys",
                                unknown.stream().mapToLong(Map.Entry::getValue).sum(),
                                unknown.stream().map(Map.Entry::getKey).collect(Collectors.joining(", ")));
                    }
                })
                .then();
    }
}
