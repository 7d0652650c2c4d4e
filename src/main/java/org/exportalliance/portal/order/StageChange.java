package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stage an order reached: the day it happened, and who recorded it when. */
public record StageChange(OrderStage stage, LocalDate onDate, @Nullable UUID recordedBy, OffsetDateTime recordedAt) {}
