package io.chainsignal.listener.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * Reads final block ranges ahead of the step that publishes them, as a continuous
 * pipeline: up to {@code max-parallel-requests} ranges are read at once, and a new one
 * starts as soon as one is read, not when a whole batch is. The step takes them strictly
 * in block order. Ranges read but not taken yet wait in a reorder buffer of at most
 * {@code max-parallel-requests} more, so at most twice that many range answers are held.
 * <p>
 * Only final blocks are read ahead, and every range carries the headers the step checks
 * (the block before it, its last block, the window blocks), so a range read early is
 * checked exactly like one read on demand. Whatever does not start where the cursor is,
 * or no longer fits the current head, is dropped and read again.
 */
class RangePipeline {

	/** Reads one range with its headers. */
	@FunctionalInterface
	interface RangeReader {

		FetchedRange read(long from, long to, long windowFloor);

	}

	private final RangeReader reader;

	private final IntSupplier rangeSize;

	private final int parallel;

	private final ExecutorService executor;

	/** Ranges read or being read, in block order. Guarded by {@code this}. */
	private final Deque<Pending> queue = new ArrayDeque<>();

	private int inFlight;

	private long nextBlock;

	private long lastBlock = -1;

	private long windowFloor;

	/** Bumped on every reset, so that completions of dropped ranges are ignored. */
	private long generation;

	RangePipeline(RangeReader reader, IntSupplier rangeSize, int parallel, ExecutorService executor) {
		this.reader = reader;
		this.rangeSize = rangeSize;
		this.parallel = parallel;
		this.executor = executor;
	}

	/**
	 * The ranges from block {@code from} on, read no further than {@code last}: waits for
	 * the first, and adds each following one that is already read.
	 * @param windowFloor the blocks above it are in the reorg window, and need every
	 * header
	 */
	FetchedRange take(long from, long last, long windowFloor) {
		Pending first;
		synchronized (this) {
			if (!fits(this.queue.peekFirst(), from, last, windowFloor)
					|| this.queue.stream().anyMatch((range) -> range.to() > last)) {
				reset(from);
			}
			this.lastBlock = last;
			this.windowFloor = windowFloor;
			topUp();
			first = this.queue.peekFirst();
		}
		List<FetchedRange> taken = new ArrayList<>();
		taken.add(join(first));
		synchronized (this) {
			this.queue.removeFirst();
			while (!this.queue.isEmpty() && this.queue.peekFirst().future().isDone()
					&& this.queue.peekFirst().windowFloor() <= windowFloor) {
				taken.add(join(this.queue.removeFirst()));
			}
			topUp();
		}
		return FetchedRange.merge(taken);
	}

	/** Drops every range read ahead, for example when the chain forked. */
	synchronized void clear() {
		reset(-1);
		this.lastBlock = -1;
	}

	private static boolean fits(Pending first, long from, long last, long windowFloor) {
		return first != null && first.from() == from && first.to() <= last && first.windowFloor() <= windowFloor;
	}

	private void reset(long from) {
		this.generation++;
		for (Pending range : this.queue) {
			range.future().cancel(false);
		}
		this.queue.clear();
		this.inFlight = 0;
		this.nextBlock = from;
	}

	/**
	 * Starts ranges while fewer than the limit are being read and the buffer has room.
	 */
	private void topUp() {
		while (this.inFlight < this.parallel && this.queue.size() < 2 * this.parallel
				&& this.nextBlock <= this.lastBlock) {
			long from = this.nextBlock;
			long to = Math.min(this.lastBlock, from + Math.max(1, this.rangeSize.getAsInt()) - 1);
			long floor = this.windowFloor;
			long started = this.generation;
			CompletableFuture<FetchedRange> future = CompletableFuture
				.supplyAsync(() -> this.reader.read(from, to, floor), this.executor);
			this.queue.addLast(new Pending(from, to, floor, future));
			this.inFlight++;
			this.nextBlock = to + 1;
			future.whenComplete((range, failure) -> completed(started));
		}
	}

	private synchronized void completed(long started) {
		if (started == this.generation) {
			this.inFlight--;
			topUp();
		}
	}

	private FetchedRange join(Pending range) {
		try {
			return range.future().join();
		}
		catch (CompletionException ex) {
			clear();
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			clear();
			throw ex;
		}
	}

	/** A range being read or read, not yet taken. */
	private record Pending(long from, long to, long windowFloor, CompletableFuture<FetchedRange> future) {
	}

}
