package org.exportalliance.portal.lead;

/**
 * Who sees a lead besides its owner firm and staff: nobody, the whole alliance, or chosen firms and the firms making
 * chosen categories. Labels: {@code lead.visibility.<NAME>}.
 */
public enum Visibility {
    PRIVATE,
    ALLIANCE,
    SELECTED;

    public String messageKey() {
        return "lead.visibility." + name();
    }
}
