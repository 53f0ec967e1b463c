package io.chainsignal.analytics.transfers;

import java.util.List;

import io.chainsignal.analytics.transfers.TransferViews.TransactionTransfers;
import io.chainsignal.analytics.transfers.TransferViews.Transfer;
import io.chainsignal.analytics.web.NotFoundException;
import io.chainsignal.analytics.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfers of one transaction.
 */
@RestController
@Tag(name = "transfers")
class TransactionController {

	private final TransferQueries queries;

	private final Params params;

	TransactionController(TransferQueries queries, Params params) {
		this.queries = queries;
		this.params = params;
	}

	@GetMapping("/api/v1/transfers/{chainId}/{txHash}")
	@Operation(summary = "The transfers of a transaction, pending ones included",
			description = "404 when the store holds no transfer of that transaction.")
	TransactionTransfers transaction(@PathVariable String chainId, @PathVariable String txHash) {
		long chain = this.params.chainId(chainId);
		String hash = this.params.hash("txHash", txHash);
		List<Transfer> transfers = this.queries.transaction(chain, hash);
		if (transfers.isEmpty()) {
			throw new NotFoundException("No transfers of transaction " + hash + " on chain " + chain);
		}
		return new TransactionTransfers(chain, hash, transfers);
	}

}
