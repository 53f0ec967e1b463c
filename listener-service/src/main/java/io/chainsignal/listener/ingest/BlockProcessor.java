package io.chainsignal.listener.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.listener.chain.Block;
import io.chainsignal.listener.chain.ChainMovedException;
import io.chainsignal.listener.chain.ChainReader;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Works out one step of following the chain from a committed cursor: the events of the
 * next block range, the {@code CONFIRMED} promotions of window blocks that became final,
 * or, when the window's tip left the canonical chain, the {@code REMOVED} retractions of
 * every orphaned block. It reads the chain and decides; committing is the
 * {@link CursorStore}'s job, so a step that fails leaves nothing behind.
 */
class BlockProcessor {

	private final ChainReader chain;

	private final LogFetcher fetcher;

	private final EventAssembler assembler;

	private final FinalityPolicy finality;

	private final ListenerSettings settings;

	private final ListenerMetrics metrics;

	private final Clock clock;

	private final RangePipeline pipeline;

	BlockProcessor(ChainReader chain, LogFetcher fetcher, EventAssembler assembler, FinalityPolicy finality,
			ListenerSettings settings, ListenerMetrics metrics, Clock clock, ExecutorService executor) {
		this.chain = chain;
		this.fetcher = fetcher;
		this.assembler = assembler;
		this.finality = finality;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.pipeline = new RangePipeline((from, to, windowFloor) -> read(from, to, from - 1, windowFloor),
				fetcher::rangeSize, settings.maxParallelRequests(), executor);
	}

	/**
	 * The next publication after {@code state}, or null when there is nothing to do until
	 * the head moves.
	 */
	Publication next(ListenerState state) {
		long head = this.chain.headNumber();
		long finalBlock = this.finality.finalBlock(head);
		this.metrics.observeHead(head, finalBlock);
		WindowBlock tip = state.tip();
		if (tip != null && tip.number() > head) {
			this.pipeline.clear();
			return retract(state, head);
		}
		long from = state.nextBlock();
		long upper = this.settings.emitUnconfirmed() ? head : finalBlock;
		long windowFloor = finalBlock - this.settings.reorgMargin();
		boolean promotions = state.window().stream().anyMatch((b) -> !b.confirmed() && b.number() <= finalBlock);
		FetchedRange fetched;
		if (from <= finalBlock) {
			// Final blocks come through the pipeline, read ahead; the tip is read fresh.
			fetched = this.pipeline.take(from, finalBlock, windowFloor);
			if (tip != null && !canonical(tip)) {
				this.pipeline.clear();
				return retract(state, head);
			}
			Block before = (tip != null) ? fetched.blocks().get(tip.number()) : null;
			if (tip != null && (before == null || !before.hash().equals(tip.hash()))) {
				this.pipeline.clear();
				throw new ChainMovedException("block " + tip.number() + " changed while the next range was read");
			}
		}
		else {
			// Unconfirmed blocks (emit-unconfirmed): one range at a time, read now.
			this.pipeline.clear();
			long to = Math.min(upper, from + this.fetcher.rangeSize() - 1);
			if (to < from && !promotions && tip == null) {
				return null;
			}
			fetched = read(from, to, (tip != null) ? tip.number() : null, windowFloor);
			if (tip != null && !fetched.blocks().get(tip.number()).hash().equals(tip.hash())) {
				return retract(state, head);
			}
			if (to < from && !promotions) {
				return null;
			}
		}
		long to = fetched.to();
		List<Log> logs = fetched.logs();
		Map<Long, Block> blocks = fetched.blocks();
		checkOneChain(logs, blocks);
		Instant now = this.clock.instant();
		List<TokenTransfer> events = this.assembler.assemble(logs, blocks, finalBlock, now);
		List<TokenTransfer> published = new ArrayList<>();
		List<WindowBlock> window = new ArrayList<>();
		for (WindowBlock block : state.window()) {
			if (!block.confirmed() && block.number() <= finalBlock) {
				List<TokenTransfer> confirmed = block.events()
					.stream()
					.map((event) -> event.withStatus(TransferStatus.CONFIRMED, now))
					.toList();
				published.addAll(confirmed);
				block = new WindowBlock(block.number(), block.hash(), block.parentHash(), true, confirmed);
			}
			window.add(block);
		}
		published.addAll(events);
		Map<Long, List<TokenTransfer>> byBlock = events.stream()
			.collect(Collectors.groupingBy(TokenTransfer::blockNumber));
		for (long number = Math.max(from, windowFloor + 1); number <= to; number++) {
			Block block = blocks.get(number);
			window.add(new WindowBlock(number, block.hash(), block.parentHash(), number <= finalBlock,
					byBlock.getOrDefault(number, List.of())));
		}
		window.removeIf((block) -> block.number() <= windowFloor);
		return new Publication(published, new ListenerState(Math.max(from, to + 1), window));
	}

	/**
	 * Logs of blocks {@code from..to} and their headers, with the header of
	 * {@code before}.
	 */
	private FetchedRange read(long from, long to, Long before, long windowFloor) {
		List<Log> logs = (to < from) ? List.of() : this.fetcher.fetch(from, to);
		return new FetchedRange(from, to, windowFloor, logs, blocks(logs, before, from, to, windowFloor));
	}

	/** Whether the window's newest block is still on the node's canonical chain. */
	private boolean canonical(WindowBlock tip) {
		Block now = this.chain.blocks(List.of(tip.number()), false).get(tip.number());
		return now != null && now.hash().equals(tip.hash());
	}

	/**
	 * Headers of: blocks with logs (with transactions when asked), the range's last
	 * block, window blocks, the block before the range.
	 */
	private Map<Long, Block> blocks(List<Log> logs, Long before, long from, long to, long windowFloor) {
		Set<Long> withLogs = logs.stream().map(BlockProcessor::blockNumber).collect(Collectors.toSet());
		Set<Long> plain = new TreeSet<>();
		if (before != null && before >= 0) {
			plain.add(before);
		}
		if (to >= from) {
			plain.add(to);
			for (long number = Math.max(from, windowFloor + 1); number <= to; number++) {
				plain.add(number);
			}
		}
		Map<Long, Block> blocks = new HashMap<>();
		if (this.settings.fetchTransactions()) {
			blocks.putAll(this.chain.blocks(withLogs, true));
			plain.removeAll(withLogs);
		}
		else {
			plain.addAll(withLogs);
		}
		blocks.putAll(this.chain.blocks(plain, false));
		return blocks;
	}

	/**
	 * The logs and headers were read by several calls: make sure they all describe one
	 * chain (the window's tip is among the headers, so this also checks that the new
	 * blocks extend it).
	 */
	private static void checkOneChain(List<Log> logs, Map<Long, Block> blocks) {
		for (Log log : logs) {
			Block block = blocks.get(blockNumber(log));
			if (!block.hash().equalsIgnoreCase(log.getBlockHash())) {
				throw new ChainMovedException("block " + block.number() + " changed while its logs were read");
			}
		}
		for (Block block : blocks.values()) {
			Block parent = blocks.get(block.number() - 1);
			if (parent != null && !parent.hash().equals(block.parentHash())) {
				throw new ChainMovedException("blocks " + parent.number() + " and " + block.number() + " do not link");
			}
		}
	}

	/**
	 * A log's block number. web3j's own getter checks the quantity with a regular
	 * expression and builds a BigInteger on every call: 14% of the CPU samples of a
	 * remote-node backfill profile, for the two look-ups per log made here.
	 */
	private static long blockNumber(Log log) {
		String raw = log.getBlockNumberRaw();
		if (raw == null || raw.length() < 3 || raw.length() > 17 || raw.charAt(0) != '0' || raw.charAt(1) != 'x') {
			throw new IllegalStateException("a log has no valid blockNumber: " + raw);
		}
		return Long.parseLong(raw, 2, raw.length(), 16);
	}

	/**
	 * The window's tip is no longer canonical: find the newest window block that still
	 * is, and retract every event of the blocks above it, newest first, before anything
	 * of the replacement blocks is read.
	 */
	private Publication retract(ListenerState state, long head) {
		List<WindowBlock> window = state.window();
		List<Long> numbers = window.stream().map(WindowBlock::number).filter((n) -> n <= head).toList();
		Map<Long, Block> canonical = this.chain.blocks(numbers, false);
		int keep = window.size() - 1;
		while (keep >= 0) {
			Block now = canonical.get(window.get(keep).number());
			if (now != null && now.hash().equals(window.get(keep).hash())) {
				break;
			}
			keep--;
		}
		if (keep < 0) {
			this.metrics.deepReorg();
			throw new DeepReorgException("The chain forked below block " + window.getFirst().number()
					+ ", the oldest block of the reorg window (" + window.size() + " blocks): the listener cannot tell"
					+ " which published events to retract and stops. Raise chainsignal.listener.reorg-margin, then"
					+ " reset the cursor to a block below the fork (docs/listener.md).");
		}
		List<WindowBlock> orphaned = window.subList(keep + 1, window.size());
		Instant now = this.clock.instant();
		List<TokenTransfer> removed = new ArrayList<>();
		for (WindowBlock block : orphaned.reversed()) {
			for (TokenTransfer event : block.events().reversed()) {
				removed.add(event.withStatus(TransferStatus.REMOVED, now));
			}
		}
		WindowBlock forkPoint = window.get(keep);
		this.metrics.reorg(orphaned.size(), forkPoint.number(), removed.size());
		return new Publication(removed, new ListenerState(forkPoint.number() + 1, window.subList(0, keep + 1)));
	}

}
