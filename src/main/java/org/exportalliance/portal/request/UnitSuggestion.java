package org.exportalliance.portal.request;

/** A unit staff may dispatch a request to: whether it serves the request's category, and how many it has in hand. */
public record UnitSuggestion(ResponderUnit unit, boolean serves, long open) {}
