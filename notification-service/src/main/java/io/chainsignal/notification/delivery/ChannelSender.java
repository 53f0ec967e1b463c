package io.chainsignal.notification.delivery;

import io.chainsignal.notification.subscription.Channel;

/**
 * Sends one claimed delivery over one channel and says how it went; it never records
 * anything itself.
 */
public interface ChannelSender {

	/**
	 * The channel this sender serves.
	 * @return the channel
	 */
	Channel channel();

	/**
	 * The key whose concurrency is limited, such as the webhook's host and port.
	 * @param delivery the delivery
	 * @return the endpoint key
	 */
	String endpoint(ClaimedDelivery delivery);

	/**
	 * Makes one attempt.
	 * @param delivery the delivery
	 * @return the outcome
	 */
	Outcome send(ClaimedDelivery delivery);

}
