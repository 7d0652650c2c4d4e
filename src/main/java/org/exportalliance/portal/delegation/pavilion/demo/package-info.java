@NullMarked
package org.exportalliance.portal.delegation.pavilion.demo;

import org.jspecify.annotations.NullMarked;
