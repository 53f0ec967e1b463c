package io.chainsignal.e2e;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;
import io.chainsignal.testsupport.ethereum.Erc1155Token;
import io.chainsignal.testsupport.ethereum.Erc20Token;
import io.chainsignal.testsupport.ethereum.Erc721Token;
import io.chainsignal.testsupport.ethereum.ReorgTransaction;
import io.chainsignal.testsupport.ethereum.SentTransaction;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Random but reproducible token traffic on anvil: ERC-20, ERC-721 and ERC-1155 mints,
 * transfers (zero-value ones too), batch transfers and burns among the ten dev accounts
 * and twenty receive-only addresses, plus reorganisations with replacement transactions.
 * It keeps no book of its own: before each transfer it asks the contracts what a sender
 * holds, and the suite's oracle reads the contracts and logs as well.
 */
final class Workload {

	private static final List<BigInteger> ERC1155_IDS = List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.TEN);

	private final Anvil anvil;

	private final Random random;

	private final List<String> coldAddresses = new ArrayList<>();

	private Erc20Token stable;

	private Erc20Token coin;

	private Erc721Token collectible;

	private Erc1155Token items;

	private long nextTokenId = 1;

	private int sent;

	private int reverted;

	Workload(Anvil anvil, long seed) {
		this.anvil = anvil;
		this.random = new Random(seed);
		for (int i = 0; i < 20; i++) {
			byte[] address = new byte[20];
			this.random.nextBytes(address);
			this.coldAddresses.add("0x" + HexFormat.of().formatHex(address));
		}
	}

	void deploy() {
		this.stable = Erc20Token.deploy(this.anvil, "E2E Dollar", "EUSD", 6);
		this.coin = Erc20Token.deploy(this.anvil, "E2E Coin", "ECOIN", 18);
		this.collectible = Erc721Token.deploy(this.anvil, "E2E Collectible", "ECOL");
		this.items = Erc1155Token.deploy(this.anvil, "https://e2e.example/{id}.json");
	}

	List<String> tokens() {
		return List.of(this.stable.address(), this.coin.address(), this.collectible.address(), this.items.address());
	}

	String erc1155() {
		return this.items.address();
	}

	List<BigInteger> erc1155Ids() {
		return ERC1155_IDS;
	}

	int sent() {
		return this.sent;
	}

	int reverted() {
		return this.reverted;
	}

	/** Sends {@code count} random token transactions, each mined into its own block. */
	void run(int count) {
		for (int i = 0; i < count; i++) {
			step();
		}
	}

	/**
	 * Replaces the last {@code depth} blocks, putting one or two ERC-20 mints into the
	 * new ones.
	 */
	void reorg(int depth) {
		List<ReorgTransaction> replacements = new ArrayList<>();
		int count = 1 + this.random.nextInt(2);
		for (int i = 0; i < count; i++) {
			Erc20Token token = this.random.nextBoolean() ? this.stable : this.coin;
			String data = FunctionEncoder.encode(new Function("mint",
					List.of(new Address(anyAddress()), new Uint256(amount(1_000_000))), List.of()));
			replacements
				.add(new ReorgTransaction(DevAccount.of(8 + i), token.address(), data, this.random.nextInt(depth)));
		}
		this.anvil.chain().reorg(depth, replacements.toArray(ReorgTransaction[]::new));
	}

	private void step() {
		int roll = this.random.nextInt(100);
		DevAccount sender = DevAccount.of(this.random.nextInt(8));
		try {
			if (roll < 15) {
				send(token20().mint(anyAddress(), amount(5_000_000)));
			}
			else if (roll < 45) {
				Erc20Token token = token20();
				BigInteger balance = token.balanceOf(sender.address());
				BigInteger value = (this.random.nextInt(10) == 0 || balance.signum() == 0) ? BigInteger.ZERO
						: new BigInteger(balance.bitLength(), this.random).mod(balance).add(BigInteger.ONE);
				send(token.transfer(sender, anyAddress(), value));
			}
			else if (roll < 50) {
				Erc20Token token = token20();
				BigInteger balance = token.balanceOf(sender.address());
				if (balance.signum() > 0) {
					send(token.burn(sender, balance.divide(BigInteger.TWO).add(BigInteger.ONE)));
				}
			}
			else if (roll < 60) {
				send(this.collectible.mint(devOrCold(), BigInteger.valueOf(this.nextTokenId++)));
			}
			else if (roll < 73) {
				ownedCollectible(sender, (id) -> this.collectible.transferFrom(sender, anyAddress(), id));
			}
			else if (roll < 76) {
				ownedCollectible(sender, (id) -> this.collectible.burn(sender, id));
			}
			else if (roll < 83) {
				send(this.items.mint(sender.address(), pick(ERC1155_IDS), amount(100)));
			}
			else if (roll < 87) {
				send(this.items.mintBatch(sender.address(), ERC1155_IDS, List.of(amount(50), amount(50), amount(50))));
			}
			else if (roll < 94) {
				BigInteger id = pick(ERC1155_IDS);
				BigInteger balance = this.items.balanceOf(sender.address(), id);
				if (balance.signum() > 0) {
					send(this.items.safeTransferFrom(sender, anyAddress(), id, balance.divide(BigInteger.TWO)));
				}
			}
			else if (roll < 97) {
				List<BigInteger> amounts = ERC1155_IDS.stream()
					.map((id) -> this.items.balanceOf(sender.address(), id).divide(BigInteger.valueOf(3)))
					.toList();
				send(this.items.safeBatchTransferFrom(sender, anyAddress(), ERC1155_IDS, amounts));
			}
			else {
				BigInteger id = pick(ERC1155_IDS);
				BigInteger balance = this.items.balanceOf(sender.address(), id);
				if (balance.signum() > 0) {
					send(this.items.burn(sender, id, balance));
				}
			}
		}
		catch (IllegalStateException ex) {
			// reverted (a reorg took the sender's tokens away): nothing was emitted
			this.reverted++;
		}
	}

	private void ownedCollectible(DevAccount owner, java.util.function.Function<BigInteger, SentTransaction> action) {
		for (long id = this.nextTokenId - 1; id >= Math.max(1, this.nextTokenId - 40); id--) {
			BigInteger tokenId = BigInteger.valueOf(id);
			try {
				if (this.collectible.ownerOf(tokenId).equalsIgnoreCase(owner.address())) {
					send(action.apply(tokenId));
					return;
				}
			}
			catch (RuntimeException ex) {
				// burned, or orphaned by a reorg: not owned by anyone
			}
		}
	}

	private void send(SentTransaction transaction) {
		transaction.receipt();
		this.sent++;
	}

	private Erc20Token token20() {
		return this.random.nextBoolean() ? this.stable : this.coin;
	}

	private String anyAddress() {
		return this.random.nextBoolean() ? DevAccount.of(this.random.nextInt(10)).address().toLowerCase()
				: pick(this.coldAddresses);
	}

	private String devOrCold() {
		return this.random.nextInt(3) == 0 ? pick(this.coldAddresses)
				: DevAccount.of(this.random.nextInt(8)).address().toLowerCase();
	}

	private BigInteger amount(long max) {
		return BigInteger.valueOf(1 + this.random.nextLong(max));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
