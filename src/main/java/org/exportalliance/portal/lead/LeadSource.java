package org.exportalliance.portal.lead;

/** Where a lead came from (DESIGN §2.2). Labels: {@code lead.source.<NAME>}. */
public enum LeadSource {
    FAIR,
    CHAIN_REFERRAL,
    CROSS_BORDER_ECOMMERCE,
    OVERSEAS_TRADE_ZONE,
    INBOUND;

    public String messageKey() {
        return "lead.source." + name();
    }
}
