/** Staff's page for request categories, SLA targets and responder units (诉求设置). */
@NullMarked
package org.exportalliance.portal.request.setup.ui;

import org.jspecify.annotations.NullMarked;
