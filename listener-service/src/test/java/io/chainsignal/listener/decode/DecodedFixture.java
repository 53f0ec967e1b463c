package io.chainsignal.listener.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.chainsignal.common.transfer.TokenStandard;
import org.web3j.protocol.core.methods.response.Log;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome of running {@link TransferLogDecoder} over every log of a fixture, and the
 * field-by-field comparison with what a source tool expected.
 *
 * @param logs the input logs
 * @param transfers every transfer decoded, in log order
 * @param notTransfers how many logs gave no transfers because their topic0 is not ours
 * @param unrecognised the reasons of logs reported as undecodable
 */
record DecodedFixture(List<Log> logs, List<DecodedTransfer> transfers, int notTransfers, List<String> unrecognised) {

	static DecodedFixture decode(List<Log> logs) {
		TransferLogDecoder decoder = new TransferLogDecoder();
		List<DecodedTransfer> transfers = new ArrayList<>();
		List<String> unrecognised = new ArrayList<>();
		int notTransfers = 0;
		for (Log log : logs) {
			switch (decoder.decode(log)) {
				case DecodeResult.Transfers found when found.transfers().isEmpty() -> notTransfers++;
				case DecodeResult.Transfers found -> transfers.addAll(found.transfers());
				case DecodeResult.Unrecognised failed -> unrecognised.add(failed.reason());
			}
		}
		return new DecodedFixture(logs, List.copyOf(transfers), notTransfers, List.copyOf(unrecognised));
	}

	long count(Predicate<DecodedTransfer> predicate) {
		return this.transfers.stream().filter(predicate).count();
	}

	List<DecodedTransfer> of(TokenStandard standard) {
		return this.transfers.stream().filter((t) -> t.standard() == standard).toList();
	}

	/**
	 * Assert that our transfers, seen through {@code source}'s rules, are exactly the
	 * expected rows (in any order), comparing every field the source writes.
	 */
	void assertMatches(Source source, List<TransferView> expected) {
		assertThat(this.unrecognised).as("logs reported as undecodable").isEmpty();
		List<TransferView> ours = this.transfers.stream()
			.flatMap((t) -> source.view(t).stream())
			.sorted(TransferView.ORDER)
			.toList();
		List<TransferView> theirs = expected.stream().sorted(TransferView.ORDER).toList();
		assertThat(ours).as("%s rows", source).hasSameSizeAs(theirs);
		for (int i = 0; i < ours.size(); i++) {
			TransferView want = theirs.get(i);
			assertThat(ours.get(i)).as("%s row for tx %s log %d", source, want.transactionHash(), want.logIndex())
				.usingRecursiveComparison()
				.isEqualTo(want);
		}
	}

}
