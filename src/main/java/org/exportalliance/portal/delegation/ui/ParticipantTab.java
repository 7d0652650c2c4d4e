package org.exportalliance.portal.delegation.ui;

import org.exportalliance.portal.delegation.Delegation;

/**
 * A tab of the delegation page that only those who take part see: staff always, a firm's users once their firm's
 * application holds a place (approved or accepted), as
 * {@link org.exportalliance.portal.delegation.DelegationService#takesPart} decides. Costs, travellers and the
 * checklist are such tabs: the services behind them apply the same rule to who may read them.
 */
public abstract class ParticipantTab extends DelegationTab {

    protected ParticipantTab(String labelKey) {
        super(labelKey);
    }

    @Override
    public final boolean visibleFor(Delegation delegation, boolean takesPart) {
        return takesPart;
    }
}
