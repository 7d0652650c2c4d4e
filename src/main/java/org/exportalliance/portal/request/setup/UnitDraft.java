package org.exportalliance.portal.request.setup;

import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.request.ResponderUnit;
import org.jspecify.annotations.Nullable;

/** A responder unit as staff set it up: names, kind, lead (one of its members), members and categories served. */
public record UnitDraft(String nameZh, String nameEn, ResponderUnit.@Nullable Kind kind, @Nullable UUID leadUserId,
        Set<UUID> members, Set<String> categories) {

    public UnitDraft {
        members = Set.copyOf(members);
        categories = Set.copyOf(categories);
    }

    public UnitDraft normalised() {
        return new UnitDraft(nameZh.strip(), nameEn.strip(), kind, leadUserId, members, categories);
    }
}
