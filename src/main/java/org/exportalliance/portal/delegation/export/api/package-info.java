@NullMarked
package org.exportalliance.portal.delegation.export.api;

import org.jspecify.annotations.NullMarked;
