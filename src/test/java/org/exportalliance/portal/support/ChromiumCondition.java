package org.exportalliance.portal.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Backs {@link RequiresChromium}: disables the tests when no Chromium is installed, and says so once. */
class ChromiumCondition implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.isInstalled()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.path());
        }
        String reason = "Chromium not found at " + Chromium.path()
                + ": end-to-end tests skipped (install it: apt-get install chromium)";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
