/** The lead export's WebFlux route. */
@NullMarked
package org.exportalliance.portal.lead.export.api;

import org.jspecify.annotations.NullMarked;
