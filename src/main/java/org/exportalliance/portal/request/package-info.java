/**
 * 企呼我应 requests (DESIGN §2.4): a firm files a request (企业点单), staff accept it and dispatch it to a responder unit
 * (链上派单), a member of the unit takes it and resolves it (部门接单), and the firm confirms and rates it or reopens it,
 * each step on an SLA clock counted in working time. A firm sees its own requests; a unit sees those dispatched to it;
 * staff see all.
 */
@NullMarked
package org.exportalliance.portal.request;

import org.jspecify.annotations.NullMarked;
