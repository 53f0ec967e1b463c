package io.chainsignal.listener.decode;

import java.util.List;

import org.web3j.protocol.ObjectMapperFactory;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Reads recorded raw JSON-RPC responses with web3j's own mapper, exactly as the listener
 * will receive them (Parity's extra {@code transactionLogIndex}/{@code type}, geth's
 * {@code removed}, pre-Byzantium {@code root} receipts).
 */
final class RpcLogs {

	private RpcLogs() {
	}

	/** The logs of an {@code eth_getFilterLogs} (or {@code eth_getLogs}) response. */
	static List<Log> filterLogs(String fixturePath) {
		EthLog response = ObjectMapperFactory.getObjectMapper().readValue(Fixtures.text(fixturePath), EthLog.class);
		return response.getLogs().stream().map((result) -> (Log) result.get()).toList();
	}

	/** The logs of an {@code eth_getTransactionReceipt} response. */
	static List<Log> receiptLogs(String fixturePath) {
		EthGetTransactionReceipt response = ObjectMapperFactory.getObjectMapper()
			.readValue(Fixtures.text(fixturePath), EthGetTransactionReceipt.class);
		return response.getTransactionReceipt().orElseThrow().getLogs();
	}

}
