package org.exportalliance.portal.lead.importing;

/**
 * What happens to an import with rows that cannot be saved (invalid, or duplicates of an earlier row): nothing is
 * saved, or every good row is. Labels: {@code lead.import.mode.<NAME>}.
 */
public enum ImportMode {
    ALL_OR_NOTHING,
    GOOD_ROWS;

    public String messageKey() {
        return "lead.import.mode." + name();
    }
}
