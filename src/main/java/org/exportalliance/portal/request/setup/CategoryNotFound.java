package org.exportalliance.portal.request.setup;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No request category has this code. */
public class CategoryNotFound extends Refusal {

    public CategoryNotFound() {
        super(404, "request.setup.category.not-found");
    }
}
