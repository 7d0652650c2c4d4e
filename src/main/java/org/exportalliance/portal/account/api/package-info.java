@NullMarked
package org.exportalliance.portal.account.api;

import org.jspecify.annotations.NullMarked;
