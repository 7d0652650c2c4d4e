/** Staff's page of the webhook allow-list. */
@NullMarked
package org.exportalliance.portal.notification.webhook.allowlist.ui;

import org.jspecify.annotations.NullMarked;
