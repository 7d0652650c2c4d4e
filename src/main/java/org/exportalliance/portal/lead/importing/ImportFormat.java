package org.exportalliance.portal.lead.importing;

/** What a file turned out to be, by its content. */
public enum ImportFormat {
    CSV,
    XLSX
}
