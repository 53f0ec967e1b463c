package io.chainsignal.notification.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One stored subscription, as the service works with it (never serialised to clients:
 * {@link SubscriptionView} is the REST view).
 *
 * @param id the id
 * @param tenant the owning tenant
 * @param name a name for people
 * @param chainId the watched chain
 * @param channel webhook or email
 * @param target the webhook URL or the email address
 * @param filter what to deliver
 * @param digest how an email subscription is batched
 * @param status the lifecycle status
 * @param statusReason why the service changed the status, or null
 * @param secret the webhook signing secret ({@code whsec_...}), or null for email
 * @param previousSecret the secret before the last rotation, or null
 * @param previousSecretUntil until when the previous secret still signs, or null
 * @param verifyToken the email verification token, or null
 * @param unsubscribeToken the email unsubscribe token, or null
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Subscription(UUID id, String tenant, String name, long chainId, Channel channel, String target,
		SubscriptionFilter filter, Digest digest, SubscriptionStatus status, String statusReason, String secret,
		String previousSecret, Instant previousSecretUntil, String verifyToken, String unsubscribeToken,
		Instant createdAt, Instant updatedAt) {

	/**
	 * The secrets that sign a delivery made now: the current one, then the previous one
	 * while its overlap lasts.
	 * @param now the signing time
	 * @return one or two {@code whsec_} secrets
	 */
	public List<String> signingSecrets(Instant now) {
		List<String> secrets = new ArrayList<>(2);
		secrets.add(this.secret);
		if (this.previousSecret != null && this.previousSecretUntil != null && now.isBefore(this.previousSecretUntil)) {
			secrets.add(this.previousSecret);
		}
		return secrets;
	}

}
