package io.chainsignal.fraud.topology;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write-back cache: reads see the latest value at once, the store below sees it only
 * when the commit flushes the cache or the key is evicted, and a value put and deleted
 * within one commit never reaches the store below.
 */
class ObjectCacheStoreTest {

	private final MockProcessorContext<String, String> context = new MockProcessorContext<>();

	private KeyValueStore<String, String> below;

	private ObjectCacheStore<String> cache;

	@BeforeEach
	void init() {
		this.below = Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("below"), Serdes.String(), Serdes.String())
			.withLoggingDisabled()
			.build();
		this.cache = new ObjectCacheStore<>(this.below, 2);
		this.cache.init(this.context.getStateStoreContext(), this.cache);
	}

	@Test
	void writesReachTheStoreBelowOnlyWhenTheCommitFlushesTheCache() {
		this.cache.put("a", "1");
		this.cache.put("a", "2");

		assertThat(this.cache.get("a")).isEqualTo("2");
		assertThat(this.below.get("a")).isNull();

		this.cache.flushCache();

		assertThat(this.below.get("a")).isEqualTo("2");
	}

	@Test
	void aValuePutAndDeletedBeforeTheCommitNeverReachesTheStoreBelow() {
		assertThat(this.cache.get("tx")).isNull();
		this.cache.put("tx", "pending");
		assertThat(this.cache.delete("tx")).isEqualTo("pending");
		this.cache.flushCache();

		assertThat(this.below.get("tx")).isNull();
		assertThat(this.cache.get("tx")).isNull();
	}

	@Test
	void aDeleteOfAStoredValueReachesTheStoreBelowAtTheCommit() {
		this.below.put("a", "old");

		assertThat(this.cache.delete("a")).isEqualTo("old");
		assertThat(this.cache.get("a")).isNull();
		assertThat(this.below.get("a")).isEqualTo("old");

		this.cache.flushCache();

		assertThat(this.below.get("a")).isNull();
	}

	@Test
	void anEvictedDirtyValueIsWrittenAndReadBackFromBelow() {
		this.cache.put("a", "1");
		this.cache.put("b", "2");
		this.cache.put("c", "3");

		assertThat(this.below.get("a")).isEqualTo("1");
		assertThat(this.below.get("b")).isNull();
		assertThat(this.cache.get("a")).isEqualTo("1");
	}

	@Test
	void scansSeeDirtyValuesAndARevivedStoreStartsEmpty() {
		this.cache.put("a", "1");
		List<String> keys = new ArrayList<>();
		try (KeyValueIterator<String, String> all = this.cache.all()) {
			all.forEachRemaining((KeyValue<String, String> entry) -> keys.add(entry.key));
		}
		assertThat(keys).containsExactly("a");

		this.cache.put("b", "dropped");
		this.cache.clearCache();
		assertThat(this.cache.get("b")).isNull();
		assertThat(this.cache.get("a")).isEqualTo("1");
	}

}
