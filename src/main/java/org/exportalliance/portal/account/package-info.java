@NullMarked
package org.exportalliance.portal.account;

import org.jspecify.annotations.NullMarked;
