package io.chainsignal.listener.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener's progress, as metrics ({@code chainsignal.listener.*}), as a log line
 * every {@code progress-interval} (block, head, blocks/s, events/s, ETA), and as a
 * {@link Progress} snapshot for the {@code listener} Actuator endpoint.
 */
public class ListenerMetrics {

	private static final Logger log = LoggerFactory.getLogger(ListenerMetrics.class);

	private final MeterRegistry meters;

	private final Clock clock;

	private final Duration interval;

	private final AtomicLong head = new AtomicLong(-1);

	private final AtomicLong finalBlock = new AtomicLong(-1);

	private final AtomicLong processed = new AtomicLong(-1);

	private final AtomicLong eventsPublished = new AtomicLong();

	private final AtomicLong reorgs = new AtomicLong();

	private final AtomicLong deepReorgs = new AtomicLong();

	private final DistributionSummary reorgDepth;

	private Instant lastReport;

	private long processedAtLastReport = -1;

	private long eventsAtLastReport;

	private volatile Progress progress = new Progress(-1, -1, -1, 0, 0, 0, null, 0);

	public ListenerMetrics(MeterRegistry meters, Clock clock, Duration interval) {
		this.meters = meters;
		this.clock = clock;
		this.interval = interval;
		this.lastReport = clock.instant();
		Gauge.builder("chainsignal.listener.head.block", this.head, AtomicLong::get).register(meters);
		Gauge.builder("chainsignal.listener.final.block", this.finalBlock, AtomicLong::get).register(meters);
		Gauge.builder("chainsignal.listener.processed.block", this.processed, AtomicLong::get).register(meters);
		Gauge.builder("chainsignal.listener.lag.blocks", this, ListenerMetrics::lag).register(meters);
		Gauge.builder("chainsignal.listener.deep.reorgs", this.deepReorgs, AtomicLong::get).register(meters);
		this.reorgDepth = DistributionSummary.builder("chainsignal.listener.reorg.depth")
			.description("Blocks orphaned by each reorganisation")
			.register(meters);
	}

	void observeHead(long head, long finalBlock) {
		this.head.set(head);
		this.finalBlock.set(finalBlock);
	}

	void committed(List<TokenTransfer> events, long processedBlock) {
		this.processed.set(processedBlock);
		for (TransferStatus status : TransferStatus.values()) {
			long count = events.stream().filter((event) -> event.status() == status).count();
			if (count > 0) {
				Counter.builder("chainsignal.listener.events.published")
					.tag("status", status.name())
					.register(this.meters)
					.increment(count);
			}
		}
		this.eventsPublished.addAndGet(events.size());
		report(false);
	}

	void reorg(int depth, long forkPoint, int retracted) {
		this.reorgs.incrementAndGet();
		Counter.builder("chainsignal.listener.reorgs").register(this.meters).increment();
		this.reorgDepth.record(depth);
		log.warn("Reorganisation: {} block(s) above {} left the canonical chain; retracting {} event(s)", depth,
				forkPoint, retracted);
	}

	void deepReorg() {
		this.deepReorgs.incrementAndGet();
	}

	/** The latest progress snapshot. */
	public Progress progress() {
		return this.progress;
	}

	private long lag() {
		return (this.processed.get() < 0) ? 0 : Math.max(0, this.head.get() - this.processed.get());
	}

	private synchronized void report(boolean force) {
		Instant now = this.clock.instant();
		Duration elapsed = Duration.between(this.lastReport, now);
		if (!force && elapsed.compareTo(this.interval) < 0 && this.processedAtLastReport >= 0) {
			return;
		}
		double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
		long block = this.processed.get();
		double blocksPerSecond = (this.processedAtLastReport < 0) ? 0 : (block - this.processedAtLastReport) / seconds;
		double eventsPerSecond = (this.eventsPublished.get() - this.eventsAtLastReport) / seconds;
		long target = this.finalBlock.get();
		Duration eta = (blocksPerSecond > 0 && target > block)
				? Duration.ofSeconds((long) ((target - block) / blocksPerSecond)) : null;
		this.progress = new Progress(block, this.head.get(), target, blocksPerSecond, eventsPerSecond,
				this.eventsPublished.get(), eta, this.reorgs.get());
		if (this.processedAtLastReport >= 0) {
			log.info("Block {} of head {} (final {}): {} blocks/s, {} events/s, {} events in all, ETA {}", block,
					this.head.get(), target, Math.round(blocksPerSecond), Math.round(eventsPerSecond),
					this.eventsPublished.get(), (eta != null) ? eta : "caught up");
		}
		this.lastReport = now;
		this.processedAtLastReport = block;
		this.eventsAtLastReport = this.eventsPublished.get();
	}

	/**
	 * A snapshot of progress.
	 *
	 * @param processedBlock the newest block whose events are committed
	 * @param headBlock the node's head
	 * @param finalBlock the newest final block
	 * @param blocksPerSecond recent block rate
	 * @param eventsPerSecond recent event rate
	 * @param eventsPublished events published since start
	 * @param eta time to reach the final block at the recent rate, or null when caught up
	 * @param reorgs reorganisations handled since start
	 */
	public record Progress(long processedBlock, long headBlock, long finalBlock, double blocksPerSecond,
			double eventsPerSecond, long eventsPublished, Duration eta, long reorgs) {
	}

}
