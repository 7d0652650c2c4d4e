package org.exportalliance.portal.platform.refusal;

import java.util.List;
import java.util.Map;

/**
 * A move something cannot make from where it stands (leaving a paid order, confirming a request not resolved): 409,
 * with the state it is in, the one asked for and those it may move to, for clients to act on.
 */
public abstract class IllegalTransition extends Refusal {

    private final String from;
    private final String to;
    private final List<String> allowed;

    protected <S extends Enum<S> & Lifecycle<S>> IllegalTransition(String messageKey, S from, S to) {
        super(409, messageKey, from.label(), to.label());
        this.from = from.name();
        this.to = to.name();
        this.allowed = from.next().stream().map(Enum::name).sorted().toList();
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("from", from, "to", to, "allowed", allowed);
    }
}
