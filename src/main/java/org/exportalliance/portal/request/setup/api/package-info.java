/** Staff's writes to {@code /api/v1/request-categories} (with their SLA targets) and {@code /api/v1/responders}. */
@NullMarked
package org.exportalliance.portal.request.setup.api;

import org.jspecify.annotations.NullMarked;
