package org.exportalliance.portal.platform.api.fuzz;

/** A JSON token written as it is: a number no Java type holds ({@code 1e999999999}), or deliberately broken text. */
record Raw(String json) {}
