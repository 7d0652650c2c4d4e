@NullMarked
package org.exportalliance.portal.logistics.traveller.ui;

import org.jspecify.annotations.NullMarked;
