package io.chainsignal.listener.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.chainsignal.common.transfer.TokenInfo;
import io.chainsignal.common.transfer.TokenTransfer;
import io.chainsignal.common.transfer.TransferStatus;
import io.chainsignal.listener.chain.Block;
import io.chainsignal.listener.chain.TransactionParties;
import io.chainsignal.listener.decode.DecodeResult;
import io.chainsignal.listener.decode.DecodedTransfer;
import io.chainsignal.listener.decode.TransferLogDecoder;
import io.chainsignal.listener.token.TokenMetadata;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Turns a range's logs into contract events: decodes them, orders them by block, log
 * index and batch index, and adds the block timestamp, the transaction's parties and the
 * token metadata. Logs of an unknown shape are counted, logged once per token contract
 * with their coordinates, and skipped.
 */
class EventAssembler {

	private static final Logger log = LoggerFactory.getLogger(EventAssembler.class);

	private static final Comparator<DecodedTransfer> CHAIN_ORDER = Comparator
		.comparingLong(DecodedTransfer::blockNumber)
		.thenComparingInt(DecodedTransfer::logIndex)
		.thenComparingInt(DecodedTransfer::batchIndex);

	private final long chainId;

	private final TransferLogDecoder decoder = new TransferLogDecoder();

	private final TokenMetadata metadata;

	private final Counter unrecognised;

	private final Set<String> reportedContracts = new TreeSet<>();

	EventAssembler(long chainId, TokenMetadata metadata, MeterRegistry meters) {
		this.chainId = chainId;
		this.metadata = metadata;
		this.unrecognised = Counter.builder("chainsignal.listener.logs.unrecognised")
			.description("Transfer-event logs of a shape no token standard defines, skipped")
			.register(meters);
	}

	/**
	 * The events of these logs, in chain order, with the given status.
	 * @param blocks must hold every block a log names
	 */
	List<TokenTransfer> assemble(List<Log> logs, Map<Long, Block> blocks, long finalBlock, Instant emittedAt) {
		// Decoding and building events are per log and stateless: they run on every core,
		// in order.
		List<DecodeResult> results = logs.parallelStream().map(this.decoder::decode).toList();
		List<DecodedTransfer> decoded = new ArrayList<>(logs.size());
		for (int i = 0; i < results.size(); i++) {
			switch (results.get(i)) {
				case DecodeResult.Transfers transfers -> decoded.addAll(transfers.transfers());
				case DecodeResult.Unrecognised skipped -> report(logs.get(i), skipped.reason());
			}
		}
		decoded.sort(CHAIN_ORDER);
		Map<String, TokenInfo> tokens = this.metadata
			.lookup(decoded.stream().map(DecodedTransfer::tokenAddress).collect(Collectors.toSet()));
		return decoded.parallelStream()
			.map((transfer) -> event(transfer, blocks, tokens, finalBlock, emittedAt))
			.toList();
	}

	private TokenTransfer event(DecodedTransfer transfer, Map<Long, Block> blocks, Map<String, TokenInfo> tokens,
			long finalBlock, Instant emittedAt) {
		Block block = blocks.get(transfer.blockNumber());
		TransferStatus status = (transfer.blockNumber() <= finalBlock) ? TransferStatus.CONFIRMED
				: TransferStatus.UNCONFIRMED;
		TransactionParties parties = block.parties().get(transfer.transactionHash());
		return new TokenTransfer(TokenTransfer.SCHEMA_VERSION,
				TokenTransfer.eventId(this.chainId, transfer.transactionHash(), transfer.logIndex(),
						transfer.batchIndex()),
				status, this.chainId, transfer.blockNumber(), transfer.blockHash(), block.timestamp(),
				transfer.transactionHash(), transfer.transactionIndex(), transfer.logIndex(), transfer.batchIndex(),
				transfer.tokenAddress(), transfer.standard(), transfer.fromAddress(), transfer.toAddress(),
				transfer.operatorAddress(), transfer.value(), transfer.tokenId(), tokens.get(transfer.tokenAddress()),
				(parties != null) ? parties.from() : null, (parties != null) ? parties.to() : null, emittedAt);
	}

	private void report(Log raw, String reason) {
		this.unrecognised.increment();
		boolean first;
		synchronized (this.reportedContracts) {
			first = this.reportedContracts.size() < 10_000 && this.reportedContracts.add(raw.getAddress());
		}
		if (first) {
			log.warn("Skipping a transfer-event log of unknown shape from {} (block {}, tx {}, log {}): {}",
					raw.getAddress(), raw.getBlockNumberRaw(), raw.getTransactionHash(), raw.getLogIndexRaw(), reason);
		}
	}

}
