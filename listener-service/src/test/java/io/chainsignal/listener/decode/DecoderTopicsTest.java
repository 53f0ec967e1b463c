package io.chainsignal.listener.decode;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the topic0 constants the pipeline filters on are the keccak-256 of the event
 * signatures.
 */
class DecoderTopicsTest {

	@Test
	void topicsAreKeccakOfTheEventSignatures() {
		assertThat(TransferLogDecoder.TRANSFER_TOPIC).isEqualTo(Hash.sha3String("Transfer(address,address,uint256)"));
		assertThat(TransferLogDecoder.TRANSFER_SINGLE_TOPIC)
			.isEqualTo(Hash.sha3String("TransferSingle(address,address,address,uint256,uint256)"));
		assertThat(TransferLogDecoder.TRANSFER_BATCH_TOPIC)
			.isEqualTo(Hash.sha3String("TransferBatch(address,address,address,uint256[],uint256[])"));
		assertThat(TransferLogDecoder.TOPICS).containsExactly(TransferLogDecoder.TRANSFER_TOPIC,
				TransferLogDecoder.TRANSFER_SINGLE_TOPIC, TransferLogDecoder.TRANSFER_BATCH_TOPIC);
	}

}
