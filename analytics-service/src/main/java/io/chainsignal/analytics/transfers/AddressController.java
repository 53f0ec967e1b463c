package io.chainsignal.analytics.transfers;

import java.util.List;

import io.chainsignal.analytics.transfers.TransferViews.Balances;
import io.chainsignal.analytics.transfers.TransferViews.Transfer;
import io.chainsignal.analytics.transfers.TransferViews.TransferPage;
import io.chainsignal.analytics.web.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Address endpoints: an address's transfers (pending ones included, marked PENDING),
 * newest first with cursor pagination, and its balances. An address with no transfers
 * answers with empty lists.
 */
@RestController
@RequestMapping("/api/v1/addresses/{chainId}/{address}")
@Tag(name = "addresses")
class AddressController {

	private final TransferQueries queries;

	private final Params params;

	AddressController(TransferQueries queries, Params params) {
		this.queries = queries;
		this.params = params;
	}

	@GetMapping("/transfers")
	@Operation(summary = "An address's transfers, newest first",
			description = "Ordered by block number, log index, batch index and event id, descending. nextCursor "
					+ "is a keyset position, so following pages stay stable while newer transfers arrive.")
	TransferPage transfers(@PathVariable String chainId, @PathVariable String address,
			@Parameter(description = "only this token") @RequestParam(required = false) String token,
			@Parameter(description = "in, out or any") @RequestParam(required = false) String direction,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit) {
		long chain = this.params.chainId(chainId);
		String holder = this.params.address("address", address);
		String tokenAddress = (token != null) ? this.params.address("token", token) : null;
		Direction side = this.params.choice("direction", direction, Direction.class, Direction.ANY);
		Cursor after = (cursor != null && !cursor.isEmpty()) ? Cursor.decode(cursor) : null;
		int size = this.params.limit(limit);
		List<Transfer> rows = this.queries.page(chain, holder, tokenAddress, side, after, size + 1);
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			Transfer last = rows.get(size - 1);
			next = new Cursor(last.blockNumber(), last.logIndex(), last.batchIndex(), last.eventId()).encode();
		}
		return new TransferPage(chain, holder, rows, next);
	}

	@GetMapping("/balances")
	@Operation(summary = "An address's balances by token",
			description = "A balance is the net flow of confirmed transfers since the first indexed block, "
					+ "not an on-chain balanceOf: it can be negative when tokens arrived before that block. "
					+ "Tokens with a zero net flow are not listed.")
	Balances balances(@PathVariable String chainId, @PathVariable String address,
			@RequestParam(required = false) String limit) {
		long chain = this.params.chainId(chainId);
		String holder = this.params.address("address", address);
		return new Balances(chain, holder, this.queries.balances(chain, holder, this.params.limit(limit)));
	}

}
