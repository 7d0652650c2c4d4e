/**
 * WeCom (企业微信) group robots and DingTalk (钉钉) custom robots: notices written as each robot's markdown within its
 * size limit, DingTalk's signing, and the client that sends a message and says what the robot's answer means. The
 * outbox that paces, batches and retries (a later slice) calls these.
 */
@NullMarked
package org.exportalliance.portal.notification.channel;

import org.jspecify.annotations.NullMarked;
