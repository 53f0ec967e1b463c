package io.chainsignal.fraud.topology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A write-back cache of live values in front of a changelogged key-value store. Kafka
 * Streams' own record cache holds serialised bytes, so every read of a busy address
 * decoded its whole state and every write encoded it again; here a read of a cached key
 * costs a map lookup, and a key written many times within a commit interval is encoded
 * and written once, when Kafka Streams flushes the store before it commits (or when the
 * key is evicted). A value put and deleted again before it was ever written (a
 * transaction that completes within the commit interval) never reaches the store or its
 * changelog at all.
 *
 * <p>
 * Exactly-once is kept: everything dirty is written inside the same transaction as the
 * input offsets, since {@link #flushCache()} runs in the task's commit before the
 * producer commits, exactly where Kafka Streams flushes its own record caches. That hook
 * is Kafka Streams' {@link CachedStateStore}, an internal interface: {@code StateStore}
 * has no public one that runs before the commit ({@code flush()} runs after it, when the
 * task checkpoints). {@code StreamsClusterIT} proves a restart from the changelogs after
 * the cache was written back. A task that fails is closed dirty, its local state wiped
 * and restored, and {@link #init} starts with an empty cache. Callers must put back a
 * value they changed, as they must with any store.
 *
 * @param <V> the value type
 */
final class ObjectCacheStore<V> implements KeyValueStore<String, V>, CachedStateStore<String, V> {

	private final KeyValueStore<String, V> inner;

	private final int capacity;

	private Map<String, Slot<V>> entries = new LinkedHashMap<>();

	/** The dirty entries, so a commit does not scan the clean ones. */
	private final Map<String, Slot<V>> dirty = new HashMap<>();

	ObjectCacheStore(KeyValueStore<String, V> inner, int capacity) {
		this.inner = inner;
		this.capacity = capacity;
	}

	/**
	 * Wraps a store builder, so the cache sits above Kafka Streams' own layers.
	 * @param <V> the value type
	 * @param builder the store's builder
	 * @param capacity live values kept per store instance (per task)
	 * @return a builder of cached stores
	 */
	static <V> StoreBuilder<KeyValueStore<String, V>> wrap(StoreBuilder<KeyValueStore<String, V>> builder,
			int capacity) {
		return new Builder<>(builder, capacity);
	}

	@Override
	public V get(String key) {
		Slot<V> entry = this.entries.get(key);
		if (entry != null) {
			return entry.value;
		}
		V value = this.inner.get(key);
		this.entries.put(key, new Slot<>(value, false, value != null));
		return value;
	}

	@Override
	public void put(String key, V value) {
		if (value == null) {
			delete(key);
			return;
		}
		Slot<V> entry = this.entries.get(key);
		if (entry == null) {
			// Not read first: whether the store holds it is unknown, so assume it does.
			entry = new Slot<>(value, true, true);
			this.entries.put(key, entry);
		}
		entry.value = value;
		entry.dirty = true;
		this.dirty.put(key, entry);
	}

	@Override
	public V putIfAbsent(String key, V value) {
		V previous = get(key);
		if (previous == null) {
			put(key, value);
		}
		return previous;
	}

	@Override
	public void putAll(List<KeyValue<String, V>> values) {
		values.forEach((entry) -> put(entry.key, entry.value));
	}

	@Override
	public V delete(String key) {
		V previous = get(key);
		Slot<V> entry = this.entries.get(key);
		entry.value = null;
		// Never written to the store: forgetting it is enough.
		entry.dirty = entry.stored;
		if (entry.dirty) {
			this.dirty.put(key, entry);
		}
		else {
			this.dirty.remove(key);
		}
		return previous;
	}

	@Override
	public KeyValueIterator<String, V> range(String from, String to) {
		writeDirty();
		return this.inner.range(from, to);
	}

	@Override
	public KeyValueIterator<String, V> reverseRange(String from, String to) {
		writeDirty();
		return this.inner.reverseRange(from, to);
	}

	@Override
	public KeyValueIterator<String, V> all() {
		writeDirty();
		return this.inner.all();
	}

	@Override
	public KeyValueIterator<String, V> reverseAll() {
		writeDirty();
		return this.inner.reverseAll();
	}

	@Override
	public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixKeySerializer) {
		writeDirty();
		return this.inner.prefixScan(prefix, prefixKeySerializer);
	}

	@Override
	public long approximateNumEntries() {
		return this.inner.approximateNumEntries();
	}

	@Override
	public String name() {
		return this.inner.name();
	}

	@Override
	public void init(StateStoreContext context, StateStore root) {
		// A revived task restores the store from its changelog: nothing cached survives.
		this.dirty.clear();
		this.entries = new LinkedHashMap<>(Math.min(this.capacity, 1024), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Slot<V>> eldest) {
				if (size() <= ObjectCacheStore.this.capacity) {
					return false;
				}
				write(eldest.getKey(), eldest.getValue());
				ObjectCacheStore.this.dirty.remove(eldest.getKey());
				return true;
			}

		};
		this.inner.init(context, root);
	}

	/**
	 * Runs in the task's commit, before the offsets and the changelog are committed in
	 * one transaction: writes every dirty value to the store below, then flushes that
	 * store's record cache to its changelog.
	 */
	@Override
	public void flushCache() {
		writeDirty();
		if (this.inner instanceof CachedStateStore<?, ?> cached) {
			cached.flushCache();
		}
	}

	@Override
	public void clearCache() {
		this.entries.clear();
		this.dirty.clear();
		if (this.inner instanceof CachedStateStore<?, ?> cached) {
			cached.clearCache();
		}
	}

	@Override
	public boolean setFlushListener(CacheFlushListener<String, V> listener, boolean sendOldValues) {
		// Nothing downstream listens to these stores' evictions.
		return false;
	}

	@Override
	public void flush() {
		writeDirty();
		this.inner.flush();
	}

	@Override
	public void close() {
		try {
			// As Kafka Streams' record cache does: a dirty close under exactly-once wipes
			// the local state and aborts the transaction anyway.
			writeDirty();
		}
		finally {
			this.entries.clear();
			this.dirty.clear();
			this.inner.close();
		}
	}

	@Override
	public boolean persistent() {
		return this.inner.persistent();
	}

	@Override
	public boolean isOpen() {
		return this.inner.isOpen();
	}

	@Override
	public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
		writeDirty();
		return this.inner.query(query, positionBound, config);
	}

	@Override
	public Position getPosition() {
		return this.inner.getPosition();
	}

	private void writeDirty() {
		this.dirty.forEach(this::write);
		this.dirty.clear();
	}

	private void write(String key, Slot<V> entry) {
		if (!entry.dirty) {
			return;
		}
		if (entry.value != null) {
			this.inner.put(key, entry.value);
		}
		else {
			this.inner.delete(key);
		}
		entry.stored = entry.value != null;
		entry.dirty = false;
	}

	/**
	 * A live value (null: known absent), whether it differs from the store, and whether
	 * the store may hold a value for its key.
	 */
	private static final class Slot<V> {

		private V value;

		private boolean dirty;

		private boolean stored;

		Slot(V value, boolean dirty, boolean stored) {
			this.value = value;
			this.dirty = dirty;
			this.stored = stored;
		}

	}

	/** Builds the inner store and puts the cache in front of it. */
	private record Builder<V>(StoreBuilder<KeyValueStore<String, V>> inner,
			int capacity) implements StoreBuilder<KeyValueStore<String, V>> {

		@Override
		public StoreBuilder<KeyValueStore<String, V>> withCachingEnabled() {
			this.inner.withCachingEnabled();
			return this;
		}

		@Override
		public StoreBuilder<KeyValueStore<String, V>> withCachingDisabled() {
			this.inner.withCachingDisabled();
			return this;
		}

		@Override
		public StoreBuilder<KeyValueStore<String, V>> withLoggingEnabled(Map<String, String> config) {
			this.inner.withLoggingEnabled(config);
			return this;
		}

		@Override
		public StoreBuilder<KeyValueStore<String, V>> withLoggingDisabled() {
			this.inner.withLoggingDisabled();
			return this;
		}

		@Override
		public KeyValueStore<String, V> build() {
			return new ObjectCacheStore<>(this.inner.build(), this.capacity);
		}

		@Override
		public Map<String, String> logConfig() {
			return this.inner.logConfig();
		}

		@Override
		public boolean loggingEnabled() {
			return this.inner.loggingEnabled();
		}

		@Override
		public String name() {
			return this.inner.name();
		}

	}

}
