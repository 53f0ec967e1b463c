package io.chainsignal.notification.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.chainsignal.notification.subscription.Subscription;
import io.chainsignal.notification.subscription.SubscriptionStatus;

/**
 * The active subscriptions, indexed by (chain, watched address) and, for subscriptions
 * that watch no address, by (chain, token): finding the candidates of an event costs a
 * few hash lookups whatever the number of subscriptions. Lock-free for readers; writers
 * are serialised and only apply a row at least as new as the one they hold.
 */
final class MatchIndex {

	private final Map<UUID, Subscription> active = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> versions = new ConcurrentHashMap<>();

	private final Map<String, Set<UUID>> byKey = new ConcurrentHashMap<>();

	synchronized void apply(Subscription subscription) {
		Instant known = this.versions.get(subscription.id());
		if (known != null && subscription.updatedAt().isBefore(known)) {
			return;
		}
		this.versions.put(subscription.id(), subscription.updatedAt());
		Subscription previous = this.active.remove(subscription.id());
		if (previous != null) {
			for (String key : keys(previous)) {
				this.byKey.computeIfPresent(key, (k, ids) -> {
					ids.remove(previous.id());
					return ids.isEmpty() ? null : ids;
				});
			}
		}
		if (subscription.status() == SubscriptionStatus.ACTIVE) {
			this.active.put(subscription.id(), subscription);
			for (String key : keys(subscription)) {
				this.byKey.computeIfAbsent(key, (k) -> ConcurrentHashMap.newKeySet()).add(subscription.id());
			}
		}
	}

	/**
	 * The active subscriptions on a chain watching any of some addresses, or watching no
	 * address but a token.
	 * @param chainId the chain
	 * @param addresses the event's addresses (null entries are skipped)
	 * @param token the event's token, or null
	 * @return the candidates, each once
	 */
	Collection<Subscription> candidates(long chainId, List<String> addresses, String token) {
		Map<UUID, Subscription> found = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(addresses.size() + 1);
		for (String address : addresses) {
			if (address != null) {
				keys.add(addressKey(chainId, address));
			}
		}
		if (token != null) {
			keys.add(tokenKey(chainId, token));
		}
		for (String key : keys) {
			Set<UUID> ids = this.byKey.get(key);
			if (ids != null) {
				for (UUID id : ids) {
					Subscription subscription = this.active.get(id);
					if (subscription != null) {
						found.putIfAbsent(id, subscription);
					}
				}
			}
		}
		return found.values();
	}

	/**
	 * Whether this index already applied a subscription's row of this version or a newer
	 * one.
	 * @param id the subscription
	 * @param updatedAt the row's version
	 * @return true when reading the row again would change nothing
	 */
	boolean holds(UUID id, Instant updatedAt) {
		Instant known = this.versions.get(id);
		return known != null && !known.isBefore(updatedAt);
	}

	Subscription active(UUID id) {
		return this.active.get(id);
	}

	int size() {
		return this.active.size();
	}

	private static List<String> keys(Subscription s) {
		if (!s.filter().addresses().isEmpty()) {
			return s.filter().addresses().stream().map((a) -> addressKey(s.chainId(), a)).toList();
		}
		return s.filter().tokens().stream().map((t) -> tokenKey(s.chainId(), t)).toList();
	}

	private static String addressKey(long chainId, String address) {
		return "a" + chainId + ":" + address;
	}

	private static String tokenKey(long chainId, String token) {
		return "t" + chainId + ":" + token;
	}

}
