package org.exportalliance.portal.fair;

/** The machine sectors a fair covers. Labels come from the bundles ({@code sector.WEAVING}, …). */
public enum Sector {
    SPINNING,
    WEAVING,
    KNITTING,
    DYEING_FINISHING,
    NONWOVENS,
    BEARINGS_PARTS,
    TECHNICAL_TEXTILES,
    GARMENT;

    public String messageKey() {
        return "sector." + name();
    }
}
