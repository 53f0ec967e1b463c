package io.chainsignal.listener.chain;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.reactivex.disposables.Disposable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.websocket.WebSocketService;

/**
 * Wakes the listener when the node announces a new head through an
 * {@code eth_subscribe("newHeads")} WebSocket subscription; logs are still read by block
 * range over HTTP. Without a WebSocket address, or while the socket is down (it
 * reconnects every few seconds), the listener falls back to polling at
 * {@code poll-interval}.
 */
public class NewHeads implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(NewHeads.class);

	private static final Duration RECONNECT = Duration.ofSeconds(5);

	private final Semaphore heads = new Semaphore(0);

	private final String address;

	private final ScheduledExecutorService reconnects;

	private volatile WebSocketService socket;

	private volatile Disposable subscription;

	private volatile boolean closed;

	/**
	 * @param address a ws:// or wss:// URL, or null for polling only
	 */
	public NewHeads(String address) {
		this.address = (address != null && !address.isBlank()) ? address : null;
		this.reconnects = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("new-heads").daemon().factory());
		if (this.address != null) {
			this.reconnects.execute(this::connect);
		}
	}

	/**
	 * Waits until a new head is announced or {@code timeout} passes; true when a head was
	 * announced.
	 */
	public boolean await(Duration timeout) throws InterruptedException {
		boolean announced = this.heads.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
		this.heads.drainPermits();
		return announced;
	}

	private void connect() {
		if (this.closed) {
			return;
		}
		String shown = URI.create(this.address).getScheme() + "://" + URI.create(this.address).getHost();
		try {
			WebSocketService service = new WebSocketService(this.address, false);
			service.connect((message) -> {
			}, (error) -> reconnectLater(shown, error), () -> reconnectLater(shown, null));
			this.socket = service;
			this.subscription = Web3j.build(service)
				.newHeadsNotifications()
				.subscribe((head) -> this.heads.release(), (error) -> reconnectLater(shown, error));
			log.info("Subscribed to newHeads at {}", shown);
		}
		catch (Exception ex) {
			reconnectLater(shown, ex);
		}
	}

	private void reconnectLater(String shown, Throwable error) {
		if (this.closed) {
			return;
		}
		log.warn("newHeads subscription at {} lost ({}); polling until it is back", shown,
				(error != null) ? error.toString() : "closed");
		disconnect();
		this.reconnects.schedule(this::connect, RECONNECT.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void disconnect() {
		Disposable current = this.subscription;
		if (current != null) {
			current.dispose();
		}
		WebSocketService service = this.socket;
		if (service != null) {
			service.close();
		}
		this.subscription = null;
		this.socket = null;
	}

	@Override
	public void close() {
		this.closed = true;
		disconnect();
		this.reconnects.shutdownNow();
	}

}
