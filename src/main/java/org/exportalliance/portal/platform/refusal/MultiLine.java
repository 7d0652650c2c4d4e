package org.exportalliance.portal.platform.refusal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A record component that holds multi-line text (notes, reasons, descriptions): tabs and line breaks are allowed. */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
