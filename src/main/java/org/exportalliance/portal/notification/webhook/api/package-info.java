/**
 * {@code /api/v1/webhooks}: firm admins' and staff's webhook endpoints, their secrets (shown once), their delivery
 * logs and "send again".
 */
@NullMarked
package org.exportalliance.portal.notification.webhook.api;

import org.jspecify.annotations.NullMarked;
