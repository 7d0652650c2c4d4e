/** {@code /api/v1/requests}, {@code /api/v1/responders} and {@code /api/v1/request-categories}. */
@NullMarked
package org.exportalliance.portal.request.api;

import org.jspecify.annotations.NullMarked;
