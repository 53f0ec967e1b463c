package io.chainsignal.listener.decode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import org.web3j.protocol.core.methods.response.Log;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a coinbase/chainstorage parsed Ethereum block (protobuf-JSON, camelCase, uint64
 * fields as decimal strings, fields equal to 0 omitted): the receipts' logs as web3j
 * {@link Log}s, and the per-transaction {@code tokenTransfers} as expected
 * {@link TransferView}s.
 *
 * @param logs every log of the block, in transaction order
 * @param expected every token transfer chainstorage parsed from them
 */
record ChainstorageBlock(List<Log> logs, List<TransferView> expected) {

	static ChainstorageBlock read(String fixturePath) {
		List<Log> logs = new ArrayList<>();
		List<TransferView> expected = new ArrayList<>();
		for (JsonNode tx : Fixtures.json(fixturePath).get("ethereum").get("transactions")) {
			for (JsonNode log : tx.path("receipt").path("logs")) {
				logs.add(log(log));
			}
			for (JsonNode transfer : tx.path("tokenTransfers")) {
				expected.add(transfer(transfer));
			}
		}
		return new ChainstorageBlock(List.copyOf(logs), List.copyOf(expected));
	}

	private static Log log(JsonNode log) {
		List<String> topics = new ArrayList<>();
		log.path("topics").forEach((topic) -> topics.add(topic.stringValue()));
		return EtlLogs.log(uint64(log, "logIndex"), uint64(log, "transactionIndex"),
				log.get("transactionHash").stringValue(), log.get("blockHash").stringValue(),
				uint64(log, "blockNumber"), log.get("address").stringValue(), log.path("data").asString("0x"), topics);
	}

	private static TransferView transfer(JsonNode t) {
		boolean erc721 = t.has("erc721");
		JsonNode detail = erc721 ? t.get("erc721") : t.get("erc20");
		assertThat(detail).as("transfer has erc20 or erc721").isNotNull();
		// the oneof repeats from/to; check it agrees with the top-level fields
		assertThat(detail.get("fromAddress").stringValue()).isEqualTo(t.get("fromAddress").stringValue());
		assertThat(detail.get("toAddress").stringValue()).isEqualTo(t.get("toAddress").stringValue());
		BigInteger value = null;
		BigInteger tokenId = null;
		if (erc721) {
			assertThat(t.has("value")).as("ERC-721 entries carry no value").isFalse();
			tokenId = new BigInteger(detail.path("tokenId").asString("0"));
		}
		else {
			value = new BigInteger(t.path("value").asString("0"));
			assertThat(new BigInteger(detail.path("value").asString("0"))).isEqualTo(value);
		}
		return new TransferView(erc721 ? TokenStandard.ERC721 : TokenStandard.ERC20,
				t.get("tokenAddress").stringValue(), t.get("fromAddress").stringValue(),
				t.get("toAddress").stringValue(), null, value, tokenId, t.get("transactionHash").stringValue(),
				(int) uint64(t, "transactionIndex"), (int) uint64(t, "logIndex"), uint64(t, "blockNumber"),
				t.get("blockHash").stringValue());
	}

	/** protobuf-JSON writes uint64 as a decimal string and omits it when it is 0. */
	private static long uint64(JsonNode node, String field) {
		return Long.parseLong(node.path(field).asString("0"));
	}

}
