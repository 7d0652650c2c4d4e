package org.exportalliance.portal.platform.refusal;

/** One invalid field: its name as the API spells it, and the message key that explains the problem. */
public record FieldProblem(String field, String messageKey) {}
