package org.exportalliance.portal.platform.crypto;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** A missing or malformed sealing key (robot secrets, say) stops the start with one line saying what to set. */
public class SealingKeyFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SealingKeyMisconfigured m) {
                return new FailureAnalysis(m.getMessage(), "Set the key named above to 32 random bytes in base64 "
                        + "(openssl rand -base64 32); see docs/operations.md.", m);
            }
        }
        return null;
    }
}
