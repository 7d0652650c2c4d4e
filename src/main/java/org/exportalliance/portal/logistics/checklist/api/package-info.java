@NullMarked
package org.exportalliance.portal.logistics.checklist.api;

import org.jspecify.annotations.NullMarked;
