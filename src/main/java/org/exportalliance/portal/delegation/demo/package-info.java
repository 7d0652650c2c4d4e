@NullMarked
package org.exportalliance.portal.delegation.demo;

import org.jspecify.annotations.NullMarked;
