/**
 * The webhooks page ({@code webhooks}): a firm admin's endpoints for their firm, staff's alliance-wide ones; adding,
 * editing, rotating (the secret shown once), deleting after asking, and each endpoint's delivery log with "send again".
 */
@NullMarked
package org.exportalliance.portal.notification.webhook.ui;

import org.jspecify.annotations.NullMarked;
