/** Demo webhook endpoints and deliveries, so the webhooks page shows every state. Used by demo seeders only. */
@NullMarked
package org.exportalliance.portal.notification.webhook.demo;

import org.jspecify.annotations.NullMarked;
