package org.exportalliance.portal.lead;

import org.jspecify.annotations.Nullable;

/** A buyer's contact as typed; {@link LeadRules} checks it and {@link LeadDraft#normalised()} tidies it. */
public record ContactDraft(@Nullable String name, @Nullable String title, @Nullable String email,
        @Nullable String phone, @Nullable String wechat, @Nullable String whatsapp) {

    ContactDraft normalised() {
        return new ContactDraft(LeadDraft.tidy(name), LeadDraft.tidy(title), LeadDraft.tidy(email),
                LeadDraft.tidy(phone), LeadDraft.tidy(wechat), LeadDraft.tidy(whatsapp));
    }
}
