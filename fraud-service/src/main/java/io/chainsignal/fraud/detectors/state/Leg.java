package io.chainsignal.fraud.detectors.state;

import java.math.BigInteger;

import io.chainsignal.fraud.detectors.Addresses;
import io.chainsignal.fraud.detectors.Transfer;

/**
 * One side of a transfer as an address remembers it: who was on the other side, how much
 * of which token, and when by block time.
 *
 * @param eventId the transfer's event id, which a retraction names
 * @param transactionHash the transaction, so pass-through can require another one
 * @param token the token contract
 * @param counterparty the other side
 * @param amount the amount in base units
 * @param time the block timestamp in seconds
 * @param fungible whether the amount is an ERC-20 amount
 */
public record Leg(String eventId, String transactionHash, String token, String counterparty, BigInteger amount,
		long time, boolean fungible) {

	/**
	 * The leg of a transfer seen from one side.
	 * @param transfer the transfer
	 * @param outgoing true for the sender's side
	 * @return the leg
	 */
	public static Leg of(Transfer transfer, boolean outgoing) {
		return new Leg(transfer.eventId(), transfer.transactionHash(), transfer.tokenAddress(),
				outgoing ? transfer.toAddress() : transfer.fromAddress(), transfer.value(), transfer.blockTimestamp(),
				Addresses.isFungible(transfer));
	}

}
