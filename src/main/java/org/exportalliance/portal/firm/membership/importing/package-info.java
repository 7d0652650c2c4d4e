/**
 * Importing the association's member list from a CSV or .xlsx file: reading it within its limits, recognising the
 * columns by their Chinese or English headers, a preview naming every row's problems (the register's own rules, the
 * same firm twice in the file or already registered, an admin address in use), and an all-or-nothing import that
 * enrols every firm and invites each first admin in one transaction, the e-mails going out after it commits.
 */
@NullMarked
package org.exportalliance.portal.firm.membership.importing;

import org.jspecify.annotations.NullMarked;
