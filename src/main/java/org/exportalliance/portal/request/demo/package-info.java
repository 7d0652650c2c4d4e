/** Demo data of the requests feature: the responder units, the lab's demo user, requests in every state. */
@NullMarked
package org.exportalliance.portal.request.demo;

import org.jspecify.annotations.NullMarked;
