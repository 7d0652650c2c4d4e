package org.exportalliance.portal.request;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who answers requests: an association department, the shared lab, a service provider or a chain-leader firm, with
 * its members, the categories it serves, and its lead, to whom breached deadlines escalate.
 */
public record ResponderUnit(UUID id, String nameZh, String nameEn, Kind kind, @Nullable UUID leadUserId,
        boolean active, Set<UUID> members, Set<String> categories) {

    public enum Kind {
        DEPARTMENT,
        LAB,
        PROVIDER,
        CHAIN_LEADER
    }

    public ResponderUnit {
        members = Set.copyOf(members);
        categories = Set.copyOf(categories);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean hasMember(UUID userId) {
        return members.contains(userId);
    }
}
