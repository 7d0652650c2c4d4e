@NullMarked
package org.exportalliance.portal.fair.demo;

import org.jspecify.annotations.NullMarked;
