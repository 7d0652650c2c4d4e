@NullMarked
package org.exportalliance.portal.logistics.checklist.demo;

import org.jspecify.annotations.NullMarked;
