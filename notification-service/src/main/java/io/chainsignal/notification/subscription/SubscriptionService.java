package io.chainsignal.notification.subscription;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.notification.api.ConflictException;
import io.chainsignal.notification.api.InvalidRequestException;
import io.chainsignal.notification.api.NotFoundException;
import io.chainsignal.notification.api.PageCursor;
import io.chainsignal.notification.delivery.DeliveryStore;
import io.chainsignal.notification.delivery.DeliveryView;
import io.chainsignal.notification.delivery.NewDelivery;
import io.chainsignal.notification.email.EmailSettings;
import io.chainsignal.notification.webhook.RefusedTargetException;
import io.chainsignal.notification.webhook.TargetGuard;
import io.chainsignal.notification.webhook.WebhookSecrets;
import io.chainsignal.notification.webhook.WebhookSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscription use cases behind the REST API, always within one tenant: a
 * subscription of another tenant is "not found".
 */
@Service
class SubscriptionService {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriptionStore store;

	private final DeliveryStore deliveries;

	private final TargetGuard guard;

	private final WebhookSettings webhook;

	private final EmailSettings email;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	SubscriptionService(SubscriptionStore store, DeliveryStore deliveries, TargetGuard guard, WebhookSettings webhook,
			EmailSettings email, ApplicationEventPublisher events) {
		this.store = store;
		this.deliveries = deliveries;
		this.guard = guard;
		this.webhook = webhook;
		this.email = email;
		this.events = events;
	}

	Subscription create(String tenant, SubscriptionRequest request) {
		Channel channel = Channel.of(request.channel());
		Digest digest = (request.digest() != null) ? Digest.of(request.digest()) : Digest.NONE;
		checkTarget(channel, request.target());
		checkDigest(channel, digest);
		boolean verify = channel == Channel.EMAIL && this.email.requireVerification();
		Instant now = this.clock.instant();
		Subscription subscription = new Subscription(UUID.randomUUID(), tenant, request.name(), request.chainId(),
				channel, request.target(), filter(request.filter()), digest,
				verify ? SubscriptionStatus.UNVERIFIED : SubscriptionStatus.ACTIVE, null,
				(channel == Channel.WEBHOOK) ? WebhookSecrets.generate() : null, null, null,
				(channel == Channel.EMAIL) ? token() : null, (channel == Channel.EMAIL) ? token() : null, now, now);
		Subscription stored = this.store.insert(subscription);
		this.events.publishEvent(new SubscriptionChanged(stored, true));
		return stored;
	}

	List<Subscription> list(String tenant, int limit, PageCursor after) {
		return this.store.list(tenant, limit, after);
	}

	Subscription get(String tenant, UUID id) {
		return this.store.find(tenant, id).orElseThrow(() -> new NotFoundException("No subscription " + id + "."));
	}

	Subscription update(String tenant, UUID id, SubscriptionPatch patch) {
		Subscription s = get(tenant, id);
		SubscriptionStatus status = s.status();
		if (patch.status() != null) {
			status = SubscriptionStatus.of(patch.status());
			boolean allowed = (status == SubscriptionStatus.PAUSED)
					? s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.PAUSED
					: s.status() == SubscriptionStatus.PAUSED || s.status() == SubscriptionStatus.DISABLED
							|| s.status() == SubscriptionStatus.ACTIVE;
			if (!allowed) {
				throw new ConflictException("A subscription in status " + s.status().wire() + " cannot become "
						+ status.wire() + (s.status() == SubscriptionStatus.UNVERIFIED
								? ": the address must follow its verification link first." : "."));
			}
		}
		String target = (patch.target() != null) ? patch.target() : s.target();
		if (patch.target() != null) {
			checkTarget(s.channel(), target);
		}
		Digest digest = (patch.digest() != null) ? Digest.of(patch.digest()) : s.digest();
		checkDigest(s.channel(), digest);
		Subscription changed = new Subscription(s.id(), s.tenant(), (patch.name() != null) ? patch.name() : s.name(),
				s.chainId(), s.channel(), target, (patch.filter() != null) ? filter(patch.filter()) : s.filter(),
				digest, status, (status == s.status()) ? s.statusReason() : null, s.secret(), s.previousSecret(),
				s.previousSecretUntil(), s.verifyToken(), s.unsubscribeToken(), s.createdAt(), s.updatedAt());
		if (s.status() == SubscriptionStatus.DISABLED && status == SubscriptionStatus.ACTIVE) {
			// a fresh start: the failures that disabled it no longer count
			this.store.clearFailing(id);
		}
		return save(changed);
	}

	@Transactional
	void delete(String tenant, UUID id) {
		Subscription s = get(tenant, id);
		this.store.transition(id, s.status(), SubscriptionStatus.DELETED, "Deleted through the API.")
			.ifPresent((deleted) -> {
				this.deliveries.cancelOpen(id, "Subscription deleted.");
				this.events.publishEvent(new SubscriptionChanged(deleted, false));
			});
	}

	Subscription rotateSecret(String tenant, UUID id) {
		Subscription s = get(tenant, id);
		if (s.channel() != Channel.WEBHOOK) {
			throw new ConflictException("Only webhook subscriptions have a signing secret.");
		}
		return save(new Subscription(s.id(), s.tenant(), s.name(), s.chainId(), s.channel(), s.target(), s.filter(),
				s.digest(), s.status(), s.statusReason(), WebhookSecrets.generate(), s.secret(),
				this.clock.instant().plus(this.webhook.secretRotationOverlap()), s.verifyToken(), s.unsubscribeToken(),
				s.createdAt(), s.updatedAt()));
	}

	DeliveryView test(String tenant, UUID id) {
		Subscription s = get(tenant, id);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscription_id", s.id().toString());
		data.put("message", "A test delivery from ChainSignal.");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", EventType.TEST.wire());
		body.put("timestamp", this.clock.instant().toString());
		body.put("data", data);
		String payload = io.chainsignal.common.json.EventJson.mapper().writeValueAsString(body);
		UUID delivery = this.deliveries
			.enqueue(new NewDelivery(s.id(), "msg_test_" + UUID.randomUUID().toString().replace("-", ""),
					EventType.TEST, null, null, payload, false))
			.orElseThrow();
		return this.deliveries.find(tenant, delivery).orElseThrow();
	}

	private Subscription save(Subscription changed) {
		this.store.update(changed);
		Subscription stored = this.store.find(changed.id()).orElseThrow();
		this.events.publishEvent(new SubscriptionChanged(stored, false));
		return stored;
	}

	private void checkTarget(Channel channel, String target) {
		if (channel == Channel.EMAIL) {
			if (!EMAIL.matcher(target).matches()) {
				throw new InvalidRequestException("target", "must be an email address for an email subscription");
			}
			return;
		}
		try {
			this.guard.check(target);
		}
		catch (RefusedTargetException ex) {
			throw new InvalidRequestException("target", "webhook target refused: " + ex.getMessage());
		}
	}

	private static void checkDigest(Channel channel, Digest digest) {
		if (channel == Channel.WEBHOOK && digest != Digest.NONE) {
			throw new InvalidRequestException("digest", "only email subscriptions have a digest");
		}
	}

	static SubscriptionFilter filter(FilterRequest request) {
		List<String> addresses = lowerDistinct(request.addresses());
		List<String> tokens = lowerDistinct(request.tokens());
		if (addresses.isEmpty() && tokens.isEmpty()) {
			throw new InvalidRequestException("filter.addresses",
					"watch at least one address, or at least one token when watching no address");
		}
		List<EventType> types = (request.eventTypes() == null || request.eventTypes().isEmpty())
				? List.of(EventType.TRANSFER_CONFIRMED)
				: request.eventTypes().stream().distinct().map(EventType::of).toList();
		return new SubscriptionFilter(addresses,
				(request.direction() != null) ? Direction.of(request.direction()) : Direction.ANY, tokens,
				(request.tokenStandards() != null)
						? request.tokenStandards().stream().distinct().map(TokenStandard::valueOf).toList() : List.of(),
				(request.minValue() != null) ? new BigInteger(request.minValue()) : null, types, request.minRiskScore(),
				request.suppressSuspicious() == null || request.suppressSuspicious());
	}

	private static List<String> lowerDistinct(List<String> values) {
		return (values != null) ? values.stream().map((v) -> v.toLowerCase(Locale.ROOT)).distinct().toList()
				: List.of();
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
