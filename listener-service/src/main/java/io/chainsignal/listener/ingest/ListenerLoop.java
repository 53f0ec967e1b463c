package io.chainsignal.listener.ingest;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;

import io.chainsignal.listener.chain.ChainMovedException;
import io.chainsignal.listener.chain.NewHeads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the listener on its own thread: restore the committed cursor, then step and
 * commit, step and commit. Any failure (node, Kafka, anything) throws the in-memory
 * cursor away: the loop backs off, reloads the committed cursor and goes on from there,
 * so what was committed is the only truth and nothing is skipped or published twice. A
 * reorg deeper than the window stops it for good, with the health DOWN.
 */
class ListenerLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ListenerLoop.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final BlockProcessor processor;

	private final CursorStore store;

	private final LongSupplier initialBlock;

	private final ListenerMetrics metrics;

	private final Duration pollInterval;

	private final NewHeads newHeads;

	private volatile Thread thread;

	private volatile boolean running;

	private volatile String failure;

	ListenerLoop(BlockProcessor processor, CursorStore store, LongSupplier initialBlock, ListenerMetrics metrics,
			Duration pollInterval, NewHeads newHeads) {
		this.processor = processor;
		this.store = store;
		this.initialBlock = initialBlock;
		this.metrics = metrics;
		this.pollInterval = pollInterval;
		this.newHeads = newHeads;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("chain-listener").start(this::run);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread current = this.thread;
		if (current != null) {
			current.interrupt();
			try {
				current.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Why the listener stopped for good, or null while it runs. */
	String failure() {
		return this.failure;
	}

	private void run() {
		ListenerState state = null;
		int failures = 0;
		while (this.running && !Thread.currentThread().isInterrupted()) {
			try {
				if (state == null) {
					state = restore();
				}
				Publication publication = this.processor.next(state);
				if (publication == null) {
					this.newHeads.await(this.pollInterval);
					continue;
				}
				this.store.commit(publication.events(), state, publication.after());
				state = publication.after();
				this.metrics.committed(publication.events(), state.nextBlock() - 1);
				failures = 0;
			}
			catch (ChainMovedException moved) {
				log.debug("The chain moved while a step was read ({}); reading it again", moved.getMessage());
				pause(Duration.ofMillis(200));
			}
			catch (DeepReorgException deep) {
				this.failure = deep.getMessage();
				log.error(deep.getMessage());
				this.running = false;
				return;
			}
			catch (CancellationException | InterruptedException cancelled) {
				return;
			}
			catch (RuntimeException ex) {
				failures++;
				Duration pause = backoff(failures);
				log.warn("Listener step failed ({}); reloading the committed cursor and retrying in {} ms",
						ex.toString(), pause.toMillis(), (failures == 1) ? ex : null);
				state = null;
				pause(pause);
			}
		}
	}

	private ListenerState restore() {
		return this.store.load().map((state) -> {
			log.info("Resuming from the committed cursor: next block {}, {} block(s) in the reorg window",
					state.nextBlock(), state.window().size());
			return state;
		}).orElseGet(() -> {
			long start = this.initialBlock.getAsLong();
			log.info("No committed cursor: starting at block {}", start);
			return new ListenerState(start, java.util.List.of());
		});
	}

	private static Duration backoff(int failures) {
		long millis = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(failures, 10));
		return Duration.ofMillis(millis);
	}

	private void pause(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
