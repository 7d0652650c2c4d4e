package org.exportalliance.portal.order;

import java.util.Set;
import org.exportalliance.portal.platform.refusal.Lifecycle;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where an export order stands. Each stage allows only its next one, or cancellation before shipping. */
public enum OrderStage implements Lifecycle<OrderStage> {
    QUOTED,
    CONFIRMED,
    IN_PRODUCTION,
    SHIPPED,
    DELIVERED,
    PAID,
    CANCELLED;

    /** The stages this one may move to. */
    @Override
    public Set<OrderStage> next() {
        return switch (this) {
            case QUOTED -> Set.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> Set.of(IN_PRODUCTION, CANCELLED);
            case IN_PRODUCTION -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED);
            case DELIVERED -> Set.of(PAID);
            case PAID, CANCELLED -> Set.of();
        };
    }

    public boolean mayMoveTo(OrderStage to) {
        return next().contains(to);
    }

    /** Confirmed and not cancelled: the order counts as won. */
    public boolean won() {
        return this != QUOTED && this != CANCELLED;
    }

    public String messageKey() {
        return "order.stage." + name();
    }

    /** The stage's name in the reader's language, as a message argument resolved where the message is. */
    @Override
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {messageKey()}, name());
    }
}
