package org.exportalliance.portal.delegation;

/** What an allocation run decided. */
public record AllocationResult(int approved, int waitlisted) {}
