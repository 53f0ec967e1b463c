package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/v1/subscriptions/{id}}: every field is optional; a filter
 * replaces the whole filter.
 *
 * @param name a new name
 * @param status {@code paused} to pause, {@code active} to resume
 * @param target a new webhook URL or email address
 * @param filter a new filter
 * @param digest a new email digest mode
 */
record SubscriptionPatch(@Size(min = 1, max = 200) String name,
		@Pattern(regexp = "active|paused", message = "must be active or paused") String status,
		@Size(min = 1, max = 2048) String target, @Valid FilterRequest filter,
		@Pattern(regexp = "none|hourly|daily", message = "must be none, hourly or daily") String digest) {
}
