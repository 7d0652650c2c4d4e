package org.exportalliance.portal.platform.refusal;

import java.util.Set;
import org.springframework.context.MessageSourceResolvable;

/** The states of something with a life (an order's stages, a request's statuses): where each may go next. */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

    /** The states this one may move to. */
    Set<S> next();

    /** The state's name in the reader's language. */
    MessageSourceResolvable label();
}
