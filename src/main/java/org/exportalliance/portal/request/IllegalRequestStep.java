package org.exportalliance.portal.request;

import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/** A step the request cannot take from where it stands: taking a closed request, confirming one not resolved. */
public class IllegalRequestStep extends Refusal {

    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalRequestStep(RequestStatus from, RequestStatus to) {
        super(409, "request.illegal-step", from.label(), to.label());
        this.from = from;
        this.to = to;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("from", from.name(), "to", to.name(),
                "allowed", from.next().stream().map(Enum::name).sorted().toList());
    }
}
