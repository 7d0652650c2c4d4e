package org.exportalliance.portal.order;

import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A stage the order cannot move to from where it stands, e.g. skipping production, or leaving PAID. */
public class IllegalOrderStage extends Refusal {

    private final OrderStage from;
    private final OrderStage to;

    public IllegalOrderStage(OrderStage from, OrderStage to) {
        super(409, "order.illegal-stage", label(from), label(to));
        this.from = from;
        this.to = to;
    }

    /** The stage's name in the reader's language, resolved where the message is. */
    private static DefaultMessageSourceResolvable label(OrderStage stage) {
        return new DefaultMessageSourceResolvable(new String[] {stage.messageKey()}, stage.name());
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("from", from.name(), "to", to.name(),
                "allowed", from.next().stream().map(Enum::name).sorted().toList());
    }
}
