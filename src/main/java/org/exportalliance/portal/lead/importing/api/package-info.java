@NullMarked
package org.exportalliance.portal.lead.importing.api;

import org.jspecify.annotations.NullMarked;
