/**
 * Signed webhooks to a firm's systems (Standard Webhooks v1): secrets, signing and verifying, the retry schedule,
 * the sender and the guard that keeps endpoints out of private networks. The outbox that queues and retries
 * deliveries (a later slice) calls these.
 */
@NullMarked
package org.exportalliance.portal.notification.webhook;

import org.jspecify.annotations.NullMarked;
