/** The member register (会员企业) for staff: the list, a firm's page, the enrolment form. */
@NullMarked
package org.exportalliance.portal.firm.membership.ui;

import org.jspecify.annotations.NullMarked;
