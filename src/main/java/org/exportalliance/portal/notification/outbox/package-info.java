/**
 * The durable outbox for notices beyond the in-app centre: the channels a person or firm chose (e-mail, WeCom and
 * DingTalk robots, their secrets sealed), the queue filled in the notifying transaction, and the job on every
 * instance that sends it, one instance per channel at a time, paced, batched into digests and logged.
 */
@NullMarked
package org.exportalliance.portal.notification.outbox;

import org.jspecify.annotations.NullMarked;
