/** The channel settings as a section of My account (a person's) or of the firm's page (a firm's). */
@NullMarked
package org.exportalliance.portal.notification.outbox.ui;

import org.jspecify.annotations.NullMarked;
