/**
 * Importing leads from CSV or .xlsx files (badge scans from a fair, a sales team's sheet): reading the file with its
 * limits, mapping columns to lead fields, a per-row validation report (the lead rules, duplicates within the file,
 * other members' claims as blind signals), and a set-based commit that keeps the rules of a single lead's creation.
 */
@NullMarked
package org.exportalliance.portal.lead.importing;

import org.jspecify.annotations.NullMarked;
