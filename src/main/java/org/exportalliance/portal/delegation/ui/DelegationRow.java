package org.exportalliance.portal.delegation.ui;

import java.time.Instant;
import java.util.UUID;
import org.exportalliance.portal.delegation.DelegationStatus;

/**
 * A delegation as the list shows it: only what its columns and its click need. The grid keeps the rows it has sent to
 * the browser for as long as the page is open, in every session, so a row does not carry the whole
 * {@link org.exportalliance.portal.delegation.Delegation} (fees, policy, organiser, both titles, used capacity).
 */
record DelegationRow(UUID id, String title, DelegationStatus status, Instant applicationsClose, String remaining) {}
