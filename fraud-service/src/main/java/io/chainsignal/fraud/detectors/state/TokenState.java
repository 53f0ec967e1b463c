package io.chainsignal.fraud.detectors.state;

import java.nio.ByteBuffer;

import com.tdunning.math.stats.MergingDigest;

/**
 * The stored form of a {@link TokenSketch}: the amount distribution of one (chain, token)
 * as two t-digest sketches in t-digest's small byte form, the one being filled and the
 * last full one.
 *
 * @param current the sketch being filled, or null
 * @param currentCount transfers in it
 * @param previous the last full sketch, or null
 * @param previousCount transfers in it
 */
public record TokenState(byte[] current, long currentCount, byte[] previous, long previousCount) {

	/**
	 * t-digest compression: about 1% relative error in the extreme tails at this size.
	 */
	static final double COMPRESSION = 100;

	static MergingDigest read(byte[] bytes) {
		return (bytes != null) ? MergingDigest.fromBytes(ByteBuffer.wrap(bytes)) : null;
	}

	static byte[] write(MergingDigest digest) {
		if (digest == null) {
			return null;
		}
		digest.compress();
		ByteBuffer buffer = ByteBuffer.allocate(digest.smallByteSize());
		digest.asSmallBytes(buffer);
		return buffer.array();
	}

}
