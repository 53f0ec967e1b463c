package io.chainsignal.localstack.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.chainsignal.localstack.inbox.InboxServer;
import io.chainsignal.localstack.stack.Service;
import io.chainsignal.localstack.stack.Stack;
import io.chainsignal.testsupport.ethereum.Anvil;
import io.chainsignal.testsupport.ethereum.DevAccount;

/**
 * The demo on the stack's anvil: tokens deployed before the services start (fraud-service
 * is configured with the whale threshold of dUSD), then, on a thread of its own, the demo
 * subscriptions, the scripted {@link Scenario} once per data directory, and
 * {@link BackgroundTraffic} until the stack stops.
 */
public final class Demo implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Demo.class);

	private final DemoState state;

	private final DemoTokens tokens;

	private final DemoChain chain;

	private final List<DevAccount> users = Wallets.users();

	private Thread thread;

	private Demo(DemoState state, DemoTokens tokens, DemoChain chain) {
		this.state = state;
		this.tokens = tokens;
		this.chain = chain;
	}

	/**
	 * Deploys the demo tokens, or finds them from an earlier run.
	 * @param anvil the stack's own node
	 * @param state what the demo did on this data directory
	 * @return the demo, not running yet
	 */
	public static Demo prepare(Anvil anvil, DemoState state) {
		DemoTokens tokens = DemoTokens.deployOrFind(anvil, state);
		logger.info("Demo tokens: dUSD {}, dWETH {}, dPUNK {}", tokens.usd().address(), tokens.weth().address(),
				tokens.nft().address());
		return new Demo(state, tokens, new DemoChain(anvil));
	}

	/**
	 * What the services need to know about the demo.
	 * @return properties per service
	 */
	public Map<Service, Map<String, String>> serviceProperties() {
		return this.tokens.serviceProperties();
	}

	/**
	 * Registers the subscriptions and starts the traffic on a thread of its own.
	 * @param stack the running stack
	 * @param inbox the demo inbox, which receives the webhooks and verifies them
	 */
	public synchronized void start(Stack stack, InboxServer inbox) {
		DemoSubscriptions subscriptions = new DemoSubscriptions(stack.uri(Service.NOTIFICATION), stack.apiKey(),
				this.chain.anvil().chainId());
		this.thread = Thread.ofPlatform().name("demo-traffic").daemon().start(() -> {
			try {
				List<String> watched = List.of(Scenario.VICTIM.address(), Scenario.WHALE.address(),
						Scenario.COLLECTOR.address(), this.users.get(0).address(), this.users.get(1).address(),
						this.users.get(2).address(), this.users.get(3).address());
				subscriptions.ensureWebhook(this.state, inbox, watched);
				subscriptions.ensureEmail(this.state, stack.infrastructure().mail(),
						List.of(Scenario.VICTIM.address()));
				if (this.state.get("scenario.played").isEmpty()) {
					new Scenario(this.chain, this.tokens, this.users).play();
					this.state.put("scenario.played", "true");
				}
				else {
					logger.info("Demo: the scripted scenario ran on this data directory before; ordinary traffic only");
				}
				new BackgroundTraffic(this.chain, this.tokens, this.users).run();
			}
			catch (Pause.DemoStopped ex) {
				// the stack is stopping
			}
			catch (RuntimeException ex) {
				logger.error("The demo stopped: {}", ex.toString(), ex);
			}
		});
	}

	/**
	 * The dUSD token, for tests.
	 * @return its address
	 */
	public String usdToken() {
		return this.tokens.usd().address();
	}

	/** Stops the traffic. */
	@Override
	public synchronized void close() {
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
