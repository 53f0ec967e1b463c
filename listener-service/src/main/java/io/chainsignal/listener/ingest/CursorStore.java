package io.chainsignal.listener.ingest;

import java.util.List;
import java.util.Optional;

import io.chainsignal.common.transfer.TokenTransfer;

/**
 * Where the listener's cursor lives, committed atomically with the events it accounts
 * for: after a crash, the last committed cursor and exactly the events committed with it
 * are what consumers see.
 */
public interface CursorStore {

	/**
	 * The last committed cursor of this chain, or empty for a listener that never
	 * committed one.
	 */
	Optional<ListenerState> load();

	/**
	 * Publishes the events and moves the cursor from {@code before} to {@code after}, all
	 * or nothing.
	 */
	void commit(List<TokenTransfer> events, ListenerState before, ListenerState after);

}
