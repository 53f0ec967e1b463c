package io.chainsignal.listener.it;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.chainsignal.common.transfer.TokenStandard;
import io.chainsignal.listener.decode.TransferLogDecoder;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc1155Token;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.Erc721Token;
import io.chainsignal.testsupport.ethereum.LegacyToken;
import io.chainsignal.testsupport.ethereum.SentTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import static io.chainsignal.listener.it.ExpectedTransfer.lower;

/**
 * Sends real token transactions to anvil and records, from what each transaction does
 * (not from the listener's decoder), the transfers the listener must publish for it. Only
 * the log index and block come from the receipt.
 */
final class Workload {

	static final String ZERO = "0x0000000000000000000000000000000000000000";

	private final List<ExpectedTransfer> expected = new ArrayList<>();

	List<ExpectedTransfer> expected() {
		return List.copyOf(this.expected);
	}

	SentTransaction erc20Mint(Erc20Token token, DevAccount to, BigInteger amount) {
		return single(token.mint(to.address(), amount), TokenStandard.ERC20, token.address(), ZERO, to.address(),
				amount, null, null);
	}

	SentTransaction erc20Transfer(Erc20Token token, DevAccount from, DevAccount to, BigInteger amount) {
		return single(token.transfer(from, to.address(), amount), TokenStandard.ERC20, token.address(), from.address(),
				to.address(), amount, null, null);
	}

	SentTransaction erc721Mint(Erc721Token token, DevAccount to, long id) {
		return single(token.mint(to.address(), BigInteger.valueOf(id)), TokenStandard.ERC721, token.address(), ZERO,
				to.address(), BigInteger.ONE, BigInteger.valueOf(id), null);
	}

	SentTransaction erc721Transfer(Erc721Token token, DevAccount owner, DevAccount to, long id) {
		return single(token.transferFrom(owner, to.address(), BigInteger.valueOf(id)), TokenStandard.ERC721,
				token.address(), owner.address(), to.address(), BigInteger.ONE, BigInteger.valueOf(id), null);
	}

	SentTransaction erc1155Mint(Erc1155Token token, DevAccount to, long id, long amount) {
		return single(token.mint(to.address(), BigInteger.valueOf(id), BigInteger.valueOf(amount)),
				TokenStandard.ERC1155, token.address(), ZERO, to.address(), BigInteger.valueOf(amount),
				BigInteger.valueOf(id), DevAccount.of(0).address());
	}

	SentTransaction erc1155Batch(Erc1155Token token, DevAccount from, DevAccount to, List<Long> ids,
			List<Long> amounts) {
		SentTransaction tx = token.safeBatchTransferFrom(from, to.address(),
				ids.stream().map(BigInteger::valueOf).toList(), amounts.stream().map(BigInteger::valueOf).toList());
		Log log = transferLog(tx.receipt());
		for (int i = 0; i < ids.size(); i++) {
			this.expected.add(new ExpectedTransfer(lower(tx.hash()), log.getLogIndex().intValueExact(), i,
					TokenStandard.ERC1155, lower(token.address()), lower(from.address()), lower(to.address()),
					BigInteger.valueOf(amounts.get(i)), BigInteger.valueOf(ids.get(i)), lower(from.address())));
		}
		return tx;
	}

	SentTransaction erc1155MintBatch(Erc1155Token token, DevAccount to, List<Long> ids, List<Long> amounts) {
		SentTransaction tx = token.mintBatch(to.address(), ids.stream().map(BigInteger::valueOf).toList(),
				amounts.stream().map(BigInteger::valueOf).toList());
		Log log = transferLog(tx.receipt());
		for (int i = 0; i < ids.size(); i++) {
			this.expected
				.add(new ExpectedTransfer(lower(tx.hash()), log.getLogIndex().intValueExact(), i, TokenStandard.ERC1155,
						lower(token.address()), ZERO, lower(to.address()), BigInteger.valueOf(amounts.get(i)),
						BigInteger.valueOf(ids.get(i)), lower(DevAccount.of(0).address())));
		}
		return tx;
	}

	/**
	 * The legacy token's Transfer has no indexed parameters; the listener reads it as
	 * ERC-20 (docs/listener.md).
	 */
	SentTransaction legacyMint(LegacyToken token, DevAccount to, long id) {
		return single(token.mint(to.address(), BigInteger.valueOf(id)), TokenStandard.ERC20, token.address(), ZERO,
				to.address(), BigInteger.valueOf(id), null, null);
	}

	SentTransaction legacyTransfer(LegacyToken token, DevAccount owner, DevAccount to, long id) {
		return single(token.transfer(owner, to.address(), BigInteger.valueOf(id)), TokenStandard.ERC20, token.address(),
				owner.address(), to.address(), BigInteger.valueOf(id), null, null);
	}

	/**
	 * Expects a transfer the test did not send itself (a reorg's replacement transaction,
	 * found on the chain).
	 */
	void expectReplacement(ExpectedTransfer transfer) {
		this.expected.add(transfer);
	}

	/**
	 * Forgets what a transaction was expected to publish (it was orphaned by a
	 * reorganisation).
	 */
	void forget(SentTransaction tx) {
		this.expected.removeIf((transfer) -> transfer.transactionHash().equals(lower(tx.hash())));
	}

	private SentTransaction single(SentTransaction tx, TokenStandard standard, String token, String from, String to,
			BigInteger value, BigInteger tokenId, String operator) {
		Log log = transferLog(tx.receipt());
		this.expected.add(new ExpectedTransfer(lower(tx.hash()), log.getLogIndex().intValueExact(), 0, standard,
				lower(token), lower(from), lower(to), value, tokenId, lower(operator)));
		return tx;
	}

	private static Log transferLog(TransactionReceipt receipt) {
		return receipt.getLogs()
			.stream()
			.filter((log) -> !log.getTopics().isEmpty()
					&& TransferLogDecoder.TOPICS.contains(log.getTopics().get(0).toLowerCase()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no transfer log in " + receipt.getTransactionHash()));
	}

}
