package io.chainsignal.fraud.detectors.state;

import com.tdunning.math.stats.MergingDigest;

/**
 * A token's amount distribution held live in memory by the task that owns the token: the
 * sketch being filled and the last full one, so that the quantile follows recent history;
 * {@link #toState()} checkpoints it to the changelogged store.
 */
public final class TokenSketch {

	private MergingDigest current;

	private long currentCount;

	private MergingDigest previous;

	private long previousCount;

	private int unsaved;

	private TokenSketch() {
	}

	/**
	 * The sketch a stored state describes.
	 * @param state the stored state, or null for no history
	 * @return the live sketch
	 */
	public static TokenSketch of(TokenState state) {
		TokenSketch sketch = new TokenSketch();
		if (state != null) {
			sketch.current = TokenState.read(state.current());
			sketch.currentCount = state.currentCount();
			sketch.previous = TokenState.read(state.previous());
			sketch.previousCount = state.previousCount();
		}
		return sketch;
	}

	/**
	 * Transfers in the sketch the quantile is read from.
	 * @return the history size
	 */
	public long history() {
		return Math.max(this.currentCount, this.previousCount);
	}

	/**
	 * The quantile of the larger sketch.
	 * @param q such as 0.999
	 * @return the amount at that quantile, or NaN without history
	 */
	public double quantile(double q) {
		MergingDigest digest = (this.currentCount >= this.previousCount) ? this.current : this.previous;
		return (digest != null) ? digest.quantile(q) : Double.NaN;
	}

	/**
	 * Adds an amount, rotating the sketches when the current one is full.
	 * @param amount the amount as a double
	 * @param rotateAfter transfers per sketch
	 */
	public void add(double amount, int rotateAfter) {
		if (this.current == null) {
			this.current = new MergingDigest(TokenState.COMPRESSION);
		}
		this.current.add(amount);
		this.currentCount++;
		this.unsaved++;
		if (this.currentCount >= rotateAfter) {
			this.previous = this.current;
			this.previousCount = this.currentCount;
			this.current = null;
			this.currentCount = 0;
		}
	}

	/**
	 * Amounts added since the last checkpoint.
	 * @return the count
	 */
	public int unsaved() {
		return this.unsaved;
	}

	/**
	 * The state to store, which resets the unsaved count.
	 * @return the checkpoint
	 */
	public TokenState toState() {
		this.unsaved = 0;
		return new TokenState(TokenState.write(this.current), this.currentCount, TokenState.write(this.previous),
				this.previousCount);
	}

}
