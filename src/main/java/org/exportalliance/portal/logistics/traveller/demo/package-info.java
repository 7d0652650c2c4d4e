@NullMarked
package org.exportalliance.portal.logistics.traveller.demo;

import org.jspecify.annotations.NullMarked;
