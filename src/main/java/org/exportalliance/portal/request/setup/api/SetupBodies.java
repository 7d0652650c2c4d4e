package org.exportalliance.portal.request.setup.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.setup.CategoryDraft;
import org.exportalliance.portal.request.setup.SlaDraft;
import org.exportalliance.portal.request.setup.UnitDraft;
import org.jspecify.annotations.Nullable;

/** The bodies staff send to the setup routes; any field may be missing, and the service's rules name what is. */
final class SetupBodies {

    private SetupBodies() {}

    record CategoryBody(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
            @Nullable Integer position, @Nullable Long version) {

        CategoryDraft toDraft(String pathCode, int defaultPosition) {
            return new CategoryDraft(pathCode.isEmpty() ? text(code) : pathCode, text(nameZh), text(nameEn),
                    position == null ? defaultPosition : position);
        }
    }

    record ActiveBody(@Nullable Boolean active, @Nullable Long version) {

        boolean required() {
            if (active == null) {
                throw ApiRequests.bad("active");
            }
            return active;
        }
    }

    record SlaBody(@Nullable Integer acceptMinutes, @Nullable Integer takeMinutes, @Nullable Integer resolveMinutes,
            @Nullable Long version) {

        /** A missing clock counts as 0 minutes, which the rules refuse at its field. */
        SlaDraft toDraft() {
            return new SlaDraft(Objects.requireNonNullElse(acceptMinutes, 0),
                    Objects.requireNonNullElse(takeMinutes, 0), Objects.requireNonNullElse(resolveMinutes, 0));
        }
    }

    record UnitBody(@Nullable String nameZh, @Nullable String nameEn, @Nullable String kind,
            @Nullable UUID leadUserId, @Nullable List<UUID> members, @Nullable List<String> categories,
            @Nullable Long version) {

        UnitDraft toDraft() {
            return new UnitDraft(text(nameZh), text(nameEn), kindOf(kind), leadUserId, set(members, "members"),
                    set(categories, "categories"));
        }
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static ResponderUnit.@Nullable Kind kindOf(@Nullable String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return ResponderUnit.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad("kind");
        }
    }

    private static <T> Set<T> set(@Nullable List<T> items, String field) {
        if (items == null) {
            return Set.of();
        }
        if (items.stream().anyMatch(Objects::isNull)) {
            throw ApiRequests.bad(field);
        }
        return new HashSet<>(items);
    }
}
