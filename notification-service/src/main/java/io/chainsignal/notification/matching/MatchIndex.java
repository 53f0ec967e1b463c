package io.chainsignal.notification.matching;

import java.time.Instant;
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

	private final Map<Key, Set<UUID>> byKey = new ConcurrentHashMap<>();

	synchronized void apply(Subscription subscription) {
		Instant known = this.versions.get(subscription.id());
		if (known != null && subscription.updatedAt().isBefore(known)) {
			return;
		}
		this.versions.put(subscription.id(), subscription.updatedAt());
		Subscription previous = this.active.remove(subscription.id());
		if (previous != null) {
			for (Key key : keys(previous)) {
				this.byKey.computeIfPresent(key, (k, ids) -> {
					ids.remove(previous.id());
					return ids.isEmpty() ? null : ids;
				});
			}
		}
		if (subscription.status() == SubscriptionStatus.ACTIVE) {
			this.active.put(subscription.id(), subscription);
			for (Key key : keys(subscription)) {
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
		// most events match nothing: look the keys up before allocating anything
		Map<UUID, Subscription> found = null;
		for (String address : addresses) {
			if (address != null) {
				found = collect(this.byKey.get(Key.address(chainId, address)), found);
			}
		}
		if (token != null) {
			found = collect(this.byKey.get(Key.token(chainId, token)), found);
		}
		return (found != null) ? found.values() : List.of();
	}

	private Map<UUID, Subscription> collect(Set<UUID> ids, Map<UUID, Subscription> found) {
		if (ids == null) {
			return found;
		}
		Map<UUID, Subscription> into = (found != null) ? found : new LinkedHashMap<>();
		for (UUID id : ids) {
			Subscription subscription = this.active.get(id);
			if (subscription != null) {
				into.putIfAbsent(id, subscription);
			}
		}
		return into;
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

	private static List<Key> keys(Subscription s) {
		if (!s.filter().addresses().isEmpty()) {
			return s.filter().addresses().stream().map((a) -> Key.address(s.chainId(), a)).toList();
		}
		return s.filter().tokens().stream().map((t) -> Key.token(s.chainId(), t)).toList();
	}

	/**
	 * A watched address or token on a chain. A record rather than a concatenated string:
	 * looking up an event's keys builds no string, and the address's hash is the one its
	 * string already cached.
	 */
	private record Key(boolean token, long chainId, String value) {

		static Key address(long chainId, String address) {
			return new Key(false, chainId, address);
		}

		static Key token(long chainId, String token) {
			return new Key(true, chainId, token);
		}

	}

}
