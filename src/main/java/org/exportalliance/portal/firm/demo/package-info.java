@NullMarked
package org.exportalliance.portal.firm.demo;

import org.jspecify.annotations.NullMarked;
