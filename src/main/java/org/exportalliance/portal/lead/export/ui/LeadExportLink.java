package org.exportalliance.portal.lead.export.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import java.util.function.Supplier;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.export.LeadExports;
import org.exportalliance.portal.shell.Downloads;

/**
 * The "Export to Excel" link a lead list embeds: each click exports the leads the user may see under the list's
 * current filter (asked for when clicked), audited like every export.
 */
public final class LeadExportLink {

    private LeadExportLink() {}

    /** {@code filter} is read on each download, so the file follows the list's filter as it is then. */
    public static Anchor of(LeadExports exports, Actor actor, Supplier<LeadFilter> filter, Locale locale,
            String text) {
        Anchor anchor = Downloads.anchor(text, () -> exports.export(actor, filter.get(), locale));
        anchor.setId("lead-export");
        return anchor;
    }
}
