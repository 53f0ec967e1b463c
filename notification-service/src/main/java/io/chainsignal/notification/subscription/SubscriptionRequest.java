package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/subscriptions}.
 *
 * @param name a name for people
 * @param chainId the EIP-155 chain id to watch
 * @param channel {@code webhook} or {@code email}
 * @param target the webhook URL, or the email address
 * @param filter what to deliver
 * @param digest for email: {@code none} (default), {@code hourly} or {@code daily}
 */
record SubscriptionRequest(@NotBlank @Size(max = 200) String name,
		@NotNull @Positive @JsonProperty("chain_id") Long chainId,
		@NotNull @Pattern(regexp = "webhook|email", message = "must be webhook or email") String channel,
		@NotBlank @Size(max = 2048) String target, @NotNull @Valid FilterRequest filter,
		@Pattern(regexp = "none|hourly|daily", message = "must be none, hourly or daily") String digest) {
}
