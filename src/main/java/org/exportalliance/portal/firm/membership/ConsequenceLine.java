package org.exportalliance.portal.firm.membership;

/**
 * One thing a suspension or an end does to the firm's records, counted before staff confirm: {@code messageKey}
 * takes the count as its argument ("3 active claims end").
 */
public record ConsequenceLine(String messageKey, long count) {}
