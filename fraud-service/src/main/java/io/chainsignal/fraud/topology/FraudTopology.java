package io.chainsignal.fraud.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.chainsignal.common.alert.RiskAlert;
import io.chainsignal.common.alert.RiskAlertDeserializer;
import io.chainsignal.common.alert.RiskAlertSerializer;
import io.chainsignal.common.topic.Topics;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TokenTransferDeserializer;
import io.chainsignal.common.transfer.TokenTransferSerializer;
import io.chainsignal.fraud.detectors.DetectorSettings;
import io.chainsignal.fraud.detectors.sanctioned.SanctionsLookup;
import io.chainsignal.fraud.scoring.AlertAssembler;

/**
 * Builds the fraud topology: token-transfers, keyed by transaction, through the
 * transaction stage, repartitioned by (chain, address) to the address stage, by (chain,
 * receiver) to the fan-in stage and by (chain, token) to the token stage; every alert
 * candidate is repartitioned by (chain, subject) through the ledger to fraud-alerts.
 */
public final class FraudTopology {

	private static final Serde<Envelope> ENVELOPE = InternalSerdes.ENVELOPE;

	/**
	 * The alert outboxes' values: an alert is stored once per evidence event, in the
	 * contract's JSON. They are live values too: an event that is evidence of several
	 * alerts (a fan-out's legs, a busy pass-through) had its whole list decoded and
	 * encoded again, with every event id re-validated, at each new alert; that was 5% of
	 * the stream threads.
	 */
	private static final Serde<AlertList> ALERT_LIST = new JsonSerde<>(AlertList.class);

	/**
	 * Live values kept per task in front of the address, fan-in and pending stores (see
	 * {@link ObjectCacheStore}). Busy addresses are re-read many times a second, and
	 * their states are the largest values; 4,096 of them per task stay well within the
	 * heap.
	 */
	static final int LIVE_VALUES = 4096;

	private final TopologySettings topology;

	private final DetectorSettings settings;

	private final Detectors detectors;

	private final AlertAssembler assembler;

	private final AlertAssembler.Suppression suppression;

	private boolean persistent = true;

	/**
	 * A topology with these settings, sanctions and allowlist.
	 * @param topology lifecycle and state settings
	 * @param settings detector settings
	 * @param sanctions the sanctions list in force
	 * @param suppression the allowlist in force
	 */
	public FraudTopology(TopologySettings topology, DetectorSettings settings, SanctionsLookup sanctions,
			AlertAssembler.Suppression suppression) {
		this.topology = topology;
		this.settings = settings;
		this.detectors = Detectors.of(settings, sanctions);
		this.assembler = new AlertAssembler(suppression);
		this.suppression = suppression;
	}

	/**
	 * Uses in-memory stores without changelogs instead of RocksDB, for fast unit tests.
	 * @return this topology
	 */
	FraudTopology inMemoryStores() {
		this.persistent = false;
		return this;
	}

	/**
	 * Adds the topology to a builder.
	 * @param builder the builder
	 */
	public void build(StreamsBuilder builder) {
		// Written once per event and read back only on a redelivery or a reorg: Kafka
		// Streams' record cache would only add a sorted-map insert per transfer.
		builder.addStateStore(store(TransactionStage.LIFECYCLE, InternalSerdes.APPLIED, false));
		builder.addStateStore(store(TransactionStage.LIFECYCLE_EXPIRY, Serdes.String(), false));
		builder.addStateStore(live(TransactionStage.PENDING, InternalSerdes.PENDING));
		builder.addStateStore(live(TransactionStage.ALERTS, ALERT_LIST));
		builder.addStateStore(live(AddressStage.STATE, InternalSerdes.ADDRESS_STATE));
		builder.addStateStore(live(AddressStage.ALERTS, ALERT_LIST));
		builder.addStateStore(live(FanInStage.STATE, InternalSerdes.FAN_IN_STATE));
		builder.addStateStore(live(FanInStage.ALERTS, ALERT_LIST));
		builder.addStateStore(store(TokenStage.STATE, InternalSerdes.TOKEN_STATE));
		builder.addStateStore(live(TokenStage.ALERTS, ALERT_LIST));
		builder.addStateStore(store(AlertLedger.STORE, Serdes.String()));
		builder.addStateStore(store(AlertLedger.EXPIRY, Serdes.String()));

		KStream<String, Envelope> transactions = builder
			.stream(Topics.TOKEN_TRANSFERS,
					Consumed
						.with(Serdes.String(),
								Serdes.serdeFrom(new TokenTransferSerializer(), new TokenTransferDeserializer()))
						.withName("token-transfers-source"))
			.process(
					() -> new TransactionStage(this.topology, this.detectors.zeroValue(), this.assembler,
							this.suppression),
					Named.as("transaction-stage"), TransactionStage.LIFECYCLE, TransactionStage.LIFECYCLE_EXPIRY,
					TransactionStage.PENDING, TransactionStage.ALERTS);

		KStream<String, Envelope> addresses = transactions.filter((key, envelope) -> envelope.kind().isAddress())
			.repartition(Repartitioned.with(Serdes.String(), ENVELOPE).withName("address-events"))
			.process(() -> new AddressStage(this.settings, this.detectors, this.assembler, this.topology,
					this.suppression), Named.as("address-stage"), AddressStage.STATE, AddressStage.ALERTS);

		KStream<String, Envelope> fanIn = addresses.filter((key, envelope) -> envelope.kind().isSweep())
			.repartition(Repartitioned.with(Serdes.String(), ENVELOPE).withName("sweep-events"))
			.process(() -> new FanInStage(this.detectors.fanIn(), this.assembler, this.topology),
					Named.as("fan-in-stage"), FanInStage.STATE, FanInStage.ALERTS);

		KStream<String, Envelope> tokens = transactions.filter((key, envelope) -> envelope.kind().isToken())
			.repartition(Repartitioned.with(Serdes.String(), ENVELOPE).withName("token-events"))
			.process(() -> new TokenStage(this.settings, this.detectors, this.assembler, this.topology),
					Named.as("token-stage"), TokenStage.STATE, TokenStage.ALERTS);

		Serde<RiskAlert> alertSerde = Serdes.serdeFrom(new RiskAlertSerializer(), new RiskAlertDeserializer());
		isAlert(transactions).merge(isAlert(addresses))
			.merge(isAlert(fanIn))
			.merge(isAlert(tokens))
			.repartition(Repartitioned.with(Serdes.String(), ENVELOPE).withName("alert-candidates"))
			.process(() -> new AlertLedger(this.topology.ledgerRetention()), Named.as("alert-ledger"),
					AlertLedger.STORE, AlertLedger.EXPIRY)
			.to(Topics.FRAUD_ALERTS, Produced.with(Serdes.String(), alertSerde).withName("fraud-alerts-sink"));
	}

	private static KStream<String, Envelope> isAlert(KStream<String, Envelope> stream) {
		return stream.filter((key, envelope) -> envelope.kind() == Envelope.Kind.ALERT);
	}

	/**
	 * A store of live values ({@link ObjectCacheStore}) over a store without Kafka
	 * Streams' record cache, which would only cache the same values a second time as
	 * bytes.
	 */
	private <V> StoreBuilder<KeyValueStore<String, V>> live(String name, Serde<V> values) {
		return ObjectCacheStore.wrap(store(name, values, false), LIVE_VALUES);
	}

	private <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
		return store(name, values, true);
	}

	private <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values, boolean cached) {
		if (!this.persistent) {
			return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
				.withLoggingDisabled();
		}
		StoreBuilder<KeyValueStore<String, V>> builder = Stores
			.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
		return cached ? builder.withCachingEnabled() : builder;
	}

}
