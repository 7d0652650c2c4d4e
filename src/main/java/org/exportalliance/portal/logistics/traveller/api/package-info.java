@NullMarked
package org.exportalliance.portal.logistics.traveller.api;

import org.jspecify.annotations.NullMarked;
