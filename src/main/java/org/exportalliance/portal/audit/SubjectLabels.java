package org.exportalliance.portal.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An entry's subject and detail in words: the subject type from the bundle ({@code audit.subject.<type>}), the
 * record's name and the detail's codes from the feature that recorded it ({@link AuditSubjects}).
 */
@Component
public class SubjectLabels {

    public static final String PREFIX = "audit.subject.";

    private final MessageSource messages;
    private final Map<String, AuditSubjects> byType;

    SubjectLabels(MessageSource messages, List<AuditSubjects> subjects) {
        this.messages = messages;
        this.byType = subjects.stream().collect(Collectors.toMap(AuditSubjects::type, Function.identity()));
    }

    /** The subject type in words, or as recorded when the bundle has no word for it. */
    public String type(String type, Locale locale) {
        String label = messages.getMessage(PREFIX + type, null, null, locale);
        return label == null ? type : label;
    }

    public String detail(AuditEntry entry, Locale locale) {
        String detail = entry.detail();
        if (detail == null) {
            return "";
        }
        AuditSubjects subjects = byType.get(entry.subjectType());
        return subjects == null ? detail : subjects.detail(entry.action(), detail, locale);
    }

    public Optional<String> location(AuditEntry entry) {
        AuditSubjects subjects = byType.get(entry.subjectType());
        return subjects == null ? Optional.empty() : subjects.location(entry.subjectId());
    }

    /** The key {@link #names} answers under. */
    public static String key(AuditEntry entry) {
        return entry.subjectType() + ":" + entry.subjectId();
    }

    /** The names of these entries' subjects, by {@link #key}; a subject nobody names is left out. */
    public Mono<Map<String, String>> names(Actor reader, Collection<AuditEntry> entries, Locale locale) {
        Map<String, Set<String>> ids = entries.stream().filter(e -> byType.containsKey(e.subjectType()))
                .collect(Collectors.groupingBy(AuditEntry::subjectType,
                        Collectors.mapping(AuditEntry::subjectId, Collectors.toSet())));
        return Flux.fromIterable(ids.entrySet())
                .flatMap(byIds -> byType.get(byIds.getKey()).names(reader, byIds.getValue(), locale)
                        .onErrorReturn(Map.of())
                        .map(names -> names.entrySet().stream().collect(Collectors.toMap(
                                n -> byIds.getKey() + ":" + n.getKey(), Map.Entry::getValue))))
                .reduce(new HashMap<String, String>(), (all, some) -> {
                    all.putAll(some);
                    return all;
                })
                .map(Map::copyOf);
    }
}
