package org.exportalliance.portal.logistics.traveller;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** A missing or malformed passport key stops the start with one line saying what to set. */
public class PassportKeyFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PassportKeyMisconfigured m) {
                return new FailureAnalysis(m.getMessage(), "Set PORTAL_PASSPORT_KEY to 32 random bytes in base64 "
                        + "(openssl rand -base64 32); see docs/operations.md, Passport numbers.", m);
            }
        }
        return null;
    }
}
