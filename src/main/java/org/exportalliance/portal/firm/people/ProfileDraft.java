package org.exportalliance.portal.firm.people;

import org.jspecify.annotations.Nullable;

/** A person's own settings: how they are named, where mail reaches them, which language the portal speaks. */
public record ProfileDraft(@Nullable String displayName, @Nullable String email, @Nullable String locale) {}
