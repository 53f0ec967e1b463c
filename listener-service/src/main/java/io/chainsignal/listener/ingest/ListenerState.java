package io.chainsignal.listener.ingest;

import java.util.List;

/**
 * The cursor: the next block to read and the window of recent processed blocks, oldest
 * first. It is committed in the same Kafka transaction as the events it accounts for.
 */
public record ListenerState(long nextBlock, List<WindowBlock> window) {

	public ListenerState {
		window = List.copyOf(window);
	}

	WindowBlock tip() {
		return this.window.isEmpty() ? null : this.window.getLast();
	}

}
