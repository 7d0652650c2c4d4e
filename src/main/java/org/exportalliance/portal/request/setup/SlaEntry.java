package org.exportalliance.portal.request.setup;

import org.exportalliance.portal.request.Priority;

/** The SLA target of one category and priority, in working minutes, with the version an edit must name. */
public record SlaEntry(String category, Priority priority, SlaDraft minutes, long version) {}
