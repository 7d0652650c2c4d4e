package org.exportalliance.portal.order;

import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/** A stage the order cannot move to from where it stands, e.g. skipping production, or leaving PAID. */
public class IllegalOrderStage extends Refusal {

    private final OrderStage from;
    private final OrderStage to;

    public IllegalOrderStage(OrderStage from, OrderStage to) {
        super(409, "order.illegal-stage", from.label(), to.label());
        this.from = from;
        this.to = to;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("from", from.name(), "to", to.name(),
                "allowed", from.next().stream().map(Enum::name).sorted().toList());
    }
}
