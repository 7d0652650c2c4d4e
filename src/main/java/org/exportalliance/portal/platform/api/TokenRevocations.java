package org.exportalliance.portal.platform.api;

import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.springframework.stereotype.Component;

/**
 * Carries token revocations between instances: each instance keeps the tokens it checked a moment ago, and a
 * revocation on any of them makes every one forget them as it commits, so a revoked token is refused everywhere at
 * once rather than when its recheck falls due.
 */
@Component
class TokenRevocations {

    static final String TOPIC = "api-token";

    TokenRevocations(ApiTokenService tokens, LiveEvents live) {
        tokens.announceRevocationsWith(() -> live.publish(TOPIC, "revoked"));
        live.onArrival(TOPIC, tokens::forgetRecent);
    }
}
