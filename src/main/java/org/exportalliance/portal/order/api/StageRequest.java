package org.exportalliance.portal.order.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stage move: the stage, the day it happened (today when none), the version read (or If-Match). */
record StageRequest(@Nullable String stage, @Nullable LocalDate on, @Nullable Long version) {}
