package org.exportalliance.portal.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Backs {@link RequiresHaproxy}: disables the tests when no haproxy is installed, and says so once. */
class HaproxyCondition implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Haproxy.isInstalled()) {
            return ConditionEvaluationResult.enabled("haproxy found at " + Haproxy.path());
        }
        String reason = "haproxy not found at " + Haproxy.path()
                + ": load-balancer tests skipped (install it: apt-get install haproxy)";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
