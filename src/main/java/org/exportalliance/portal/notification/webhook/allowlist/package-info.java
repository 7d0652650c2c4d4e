/**
 * The hosts and address blocks staff allow webhooks to reach inside private networks (an ERP on the association's
 * own network): the list, its rules, every change audited, and the copy each instance keeps in memory for the
 * {@code EndpointGuard}.
 */
@NullMarked
package org.exportalliance.portal.notification.webhook.allowlist;

import org.jspecify.annotations.NullMarked;
