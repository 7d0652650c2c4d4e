package org.exportalliance.portal.lead;

/**
 * The alliance's lead policy, set by staff: whether ordinary members may share leads with the whole alliance (chain
 * leaders always may), and how many days a claim holds before it needs renewing activity.
 */
public record LeadPolicy(boolean membersMayShareAlliance, int claimWindowDays) {

    public static final int MIN_WINDOW = 7;
    public static final int MAX_WINDOW = 365;
}
