package org.exportalliance.portal.request.setup;

import org.exportalliance.portal.request.RequestCategory;

/** A request category as staff edit it: with the version an edit must name. */
public record CategoryEntry(RequestCategory category, long version) {

    public String code() {
        return category.code();
    }
}
