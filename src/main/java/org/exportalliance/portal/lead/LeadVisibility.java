package org.exportalliance.portal.lead;

import org.exportalliance.portal.account.Actor;

/**
 * The one SQL condition that decides which leads (alias {@code l}) an actor may see, used by every read path: lists,
 * single reads, exports, search and the live feed. Staff see every lead; a firm sees its own, the alliance's, and
 * SELECTED leads shared with it by name or by a category it makes. Binds {@code :firm}.
 */
final class LeadVisibility {

    private static final String FIRM = """
            (l.owner_firm_id = :firm
             or l.visibility = 'ALLIANCE'
             or (l.visibility = 'SELECTED'
                 and (exists (select 1 from lead_share_firm s where s.lead_id = l.id and s.firm_id = :firm)
                      or exists (select 1 from lead_share_category s
                                 join firm_category f on f.category = s.category
                                 where s.lead_id = l.id and f.firm_id = :firm))))""";

    private LeadVisibility() {}

    static String condition(Actor actor) {
        return actor.isStaff() ? "(:firm is not null)" : FIRM;
    }
}
