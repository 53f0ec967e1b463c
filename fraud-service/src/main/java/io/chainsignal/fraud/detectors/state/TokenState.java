package io.chainsignal.fraud.detectors.state;

import java.nio.ByteBuffer;

import com.tdunning.math.stats.MergingDigest;

/**
 * The amount distribution of one (chain, token) as two t-digest sketches: the one being
 * filled and the last full one, so the quantile follows recent history.
 *
 * @param current the sketch being filled, t-digest small bytes, or null
 * @param currentCount transfers in it
 * @param previous the last full sketch, or null
 * @param previousCount transfers in it
 */
public record TokenState(byte[] current, long currentCount, byte[] previous, long previousCount) {

	/**
	 * t-digest compression: about 1% relative error in the extreme tails at this size.
	 */
	static final double COMPRESSION = 100;

	/**
	 * An empty state.
	 * @return no history
	 */
	public static TokenState empty() {
		return new TokenState(null, 0, null, 0);
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
		byte[] bytes = (this.currentCount >= this.previousCount) ? this.current : this.previous;
		return (bytes != null) ? read(bytes).quantile(q) : Double.NaN;
	}

	/**
	 * This state with one more amount, rotating the sketches when the current one is
	 * full.
	 * @param amount the amount as a double
	 * @param rotateAfter transfers per sketch
	 * @return the new state
	 */
	public TokenState add(double amount, int rotateAfter) {
		MergingDigest digest = (this.current != null) ? read(this.current) : new MergingDigest(COMPRESSION);
		digest.add(amount);
		byte[] written = write(digest);
		long count = this.currentCount + 1;
		if (count >= rotateAfter) {
			return new TokenState(null, 0, written, count);
		}
		return new TokenState(written, count, this.previous, this.previousCount);
	}

	private static MergingDigest read(byte[] bytes) {
		return MergingDigest.fromBytes(ByteBuffer.wrap(bytes));
	}

	private static byte[] write(MergingDigest digest) {
		digest.compress();
		ByteBuffer buffer = ByteBuffer.allocate(digest.smallByteSize());
		digest.asSmallBytes(buffer);
		return buffer.array();
	}

}
