package org.exportalliance.portal.logistics.checklist;

import java.time.LocalDate;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * What staff type for a checklist item. Anything may be missing; {@link ChecklistRules} says what is wrong. Without a
 * position the item goes to the end of the list.
 */
public record ChecklistItemDraft(
        @Nullable String titleZh,
        @Nullable String titleEn,
        @MultiLine @Nullable String description,
        @Nullable LocalDate dueDate,
        @Nullable Integer position) {}
