package io.chainsignal.notification.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as the API shows it; the signing secret appears only in the answers to
 * create and rotate-secret.
 *
 * @param id the id
 * @param name the name
 * @param chainId the watched chain
 * @param channel webhook or email
 * @param target the webhook URL or email address
 * @param status active, paused, unverified, disabled or unsubscribed
 * @param statusReason why the service changed the status, or null
 * @param filter the filter
 * @param digest none, hourly or daily
 * @param secret the signing secret, only right after create or rotate-secret
 * @param previousSecretExpiresAt until when the previous secret still signs, or null
 * @param createdAt when created
 * @param updatedAt when last changed
 */
record SubscriptionView(UUID id, String name, @JsonProperty("chain_id") long chainId, String channel, String target,
		String status, @JsonProperty("status_reason") String statusReason, FilterView filter, String digest,
		@JsonInclude(JsonInclude.Include.NON_NULL) String secret,
		@JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("previous_secret_expires_at") Instant previousSecretExpiresAt,
		@JsonProperty("created_at") Instant createdAt, @JsonProperty("updated_at") Instant updatedAt) {

	static SubscriptionView of(Subscription s, boolean showSecret) {
		return new SubscriptionView(s.id(), s.name(), s.chainId(), s.channel().wire(), s.target(), s.status().wire(),
				s.statusReason(), FilterView.of(s.filter()), s.digest().wire(), showSecret ? s.secret() : null,
				s.previousSecretUntil(), s.createdAt(), s.updatedAt());
	}

}
