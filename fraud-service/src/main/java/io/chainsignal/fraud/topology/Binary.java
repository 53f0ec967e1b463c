package io.chainsignal.fraud.topology;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The primitives of the compact internal format: lengths and numbers as varints, hex
 * strings ({@code 0x…} addresses, hashes) as their raw bytes and event ids as their four
 * parts, so an address costs 22 bytes instead of 44 of JSON text. Every string
 * round-trips exactly, whatever it holds. Written for speed: no synchronised streams, and
 * hex through lookup tables.
 */
final class Binary {

	private static final int TEXT = 0;

	private static final int HEX = 1;

	private static final int NULL = 2;

	private static final int EVENT_ID = 3;

	private static final byte[] NIBBLES = new byte[128];

	private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	static {
		Arrays.fill(NIBBLES, (byte) -1);
		for (int i = 0; i < DIGITS.length; i++) {
			NIBBLES[DIGITS[i]] = (byte) i;
		}
	}

	private Binary() {
	}

	/**
	 * Each stream thread's scratch buffer: it grows to the largest value the thread wrote
	 * and stays, so a large address state is not copied through every doubling from a
	 * small buffer again on every write.
	 */
	private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[4096]);

	/** Writes one value; one at a time per thread, on the thread's scratch buffer. */
	static final class Out {

		private byte[] bytes = SCRATCH.get();

		private int size;

		/** The bytes written, copied out; the scratch buffer goes back to the thread. */
		byte[] toByteArray() {
			SCRATCH.set(this.bytes);
			return Arrays.copyOf(this.bytes, this.size);
		}

		private void ensure(int more) {
			if (this.size + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
			}
		}

		Out u8(int value) {
			ensure(1);
			this.bytes[this.size++] = (byte) value;
			return this;
		}

		Out varLong(long value) {
			ensure(10);
			long zigzag = (value << 1) ^ (value >> 63);
			while ((zigzag & ~0x7FL) != 0) {
				this.bytes[this.size++] = (byte) ((zigzag & 0x7F) | 0x80);
				zigzag >>>= 7;
			}
			this.bytes[this.size++] = (byte) zigzag;
			return this;
		}

		Out bool(boolean value) {
			return u8(value ? 1 : 0);
		}

		Out raw(byte[] value) {
			varLong(value.length);
			ensure(value.length);
			System.arraycopy(value, 0, this.bytes, this.size, value.length);
			this.size += value.length;
			return this;
		}

		/** A nullable byte array. */
		Out optionalRaw(byte[] value) {
			bool(value != null);
			return (value != null) ? raw(value) : this;
		}

		/**
		 * A nullable string; lower-case {@code 0x} hex of even length and event ids are
		 * packed.
		 */
		Out string(String value) {
			if (value == null) {
				return u8(NULL);
			}
			int mark = this.size;
			if (tryHex(HEX, value, 0, value.length())) {
				return this;
			}
			this.size = mark;
			if (tryEventId(value)) {
				return this;
			}
			this.size = mark;
			u8(TEXT);
			return raw(value.getBytes(StandardCharsets.UTF_8));
		}

		/** A nullable integer of any size. */
		Out bigInteger(BigInteger value) {
			bool(value != null);
			return (value != null) ? raw(value.toByteArray()) : this;
		}

		<T> Out list(List<T> values, BiConsumer<Out, T> element) {
			varLong(values.size());
			for (T value : values) {
				element.accept(this, value);
			}
			return this;
		}

		Out strings(List<String> values) {
			return list(values, Out::string);
		}

		Out longs(Map<String, Long> values) {
			varLong(values.size());
			values.forEach((key, value) -> string(key).varLong(value));
			return this;
		}

		/**
		 * Writes {@code tag} and the bytes of {@code 0x…} hex in {@code value[from, to)},
		 * or answers false (leaving garbage past the mark) when it is not packable.
		 */
		private boolean tryHex(int tag, String value, int from, int to) {
			int length = to - from;
			if (length < 2 || (length & 1) != 0 || value.charAt(from) != '0' || value.charAt(from + 1) != 'x') {
				return false;
			}
			if (tag >= 0) {
				u8(tag);
			}
			int count = (length - 2) / 2;
			varLong(count);
			ensure(count);
			for (int i = from + 2; i < to; i += 2) {
				char high = value.charAt(i);
				char low = value.charAt(i + 1);
				if (high >= 128 || low >= 128 || NIBBLES[high] < 0 || NIBBLES[low] < 0) {
					return false;
				}
				this.bytes[this.size++] = (byte) ((NIBBLES[high] << 4) | NIBBLES[low]);
			}
			return true;
		}

		/**
		 * {@code {chain_id}:{transaction_hash}:{log_index}:{batch_index}}, every event
		 * id.
		 */
		private boolean tryEventId(String value) {
			int first = value.indexOf(':');
			int second = (first > 0) ? value.indexOf(':', first + 1) : -1;
			int third = (second > 0) ? value.indexOf(':', second + 1) : -1;
			if (third < 0 || value.indexOf(':', third + 1) >= 0) {
				return false;
			}
			long chain = number(value, 0, first);
			long log = number(value, second + 1, third);
			long batch = number(value, third + 1, value.length());
			if (chain < 0 || log < 0 || batch < 0) {
				return false;
			}
			u8(EVENT_ID).varLong(chain);
			if (!tryHex(-1, value, first + 1, second)) {
				return false;
			}
			varLong(log).varLong(batch);
			return true;
		}

		/** Digits that {@link Long#toString()} gives back unchanged, or -1. */
		private static long number(String value, int from, int to) {
			int length = to - from;
			if (length < 1 || length > 18 || (length > 1 && value.charAt(from) == '0')) {
				return -1;
			}
			long number = 0;
			for (int i = from; i < to; i++) {
				char c = value.charAt(i);
				if (c < '0' || c > '9') {
					return -1;
				}
				number = number * 10 + (c - '0');
			}
			return number;
		}

	}

	/** Reads one value written by {@link Out}. */
	static final class In {

		private final byte[] bytes;

		private int position;

		In(byte[] bytes) {
			this.bytes = bytes;
		}

		int u8() {
			if (this.position >= this.bytes.length) {
				throw new SerializationException("Truncated internal record");
			}
			return this.bytes[this.position++] & 0xFF;
		}

		long varLong() {
			long zigzag = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				int next = u8();
				zigzag |= (long) (next & 0x7F) << shift;
				if ((next & 0x80) == 0) {
					return (zigzag >>> 1) ^ -(zigzag & 1);
				}
			}
			throw new SerializationException("Malformed varint");
		}

		int varInt() {
			return Math.toIntExact(varLong());
		}

		boolean bool() {
			return u8() != 0;
		}

		byte[] raw() {
			int length = length();
			byte[] value = Arrays.copyOfRange(this.bytes, this.position, this.position + length);
			this.position += length;
			return value;
		}

		byte[] optionalRaw() {
			return bool() ? raw() : null;
		}

		String string() {
			int tag = u8();
			return switch (tag) {
				case NULL -> null;
				case TEXT -> {
					int length = length();
					String text = new String(this.bytes, this.position, length, StandardCharsets.UTF_8);
					this.position += length;
					yield text;
				}
				case HEX -> hex();
				case EVENT_ID -> varLong() + ":" + hex() + ":" + varLong() + ":" + varLong();
				default -> throw new SerializationException("Unknown string tag " + tag);
			};
		}

		private String hex() {
			int length = length();
			byte[] text = new byte[2 + 2 * length];
			text[0] = '0';
			text[1] = 'x';
			for (int i = 0; i < length; i++) {
				byte b = this.bytes[this.position + i];
				text[2 + 2 * i] = DIGITS[(b >> 4) & 0xF];
				text[3 + 2 * i] = DIGITS[b & 0xF];
			}
			this.position += length;
			return new String(text, StandardCharsets.ISO_8859_1);
		}

		private int length() {
			int length = varInt();
			if (length < 0 || length > this.bytes.length - this.position) {
				throw new SerializationException("Truncated internal record");
			}
			return length;
		}

		BigInteger bigInteger() {
			return bool() ? new BigInteger(raw()) : null;
		}

		<T> List<T> list(Function<In, T> element) {
			int size = length();
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(element.apply(this));
			}
			return values;
		}

		List<String> strings() {
			return list(In::string);
		}

		Map<String, Long> longs() {
			int size = length();
			Map<String, Long> values = new HashMap<>();
			for (int i = 0; i < size; i++) {
				values.put(string(), varLong());
			}
			return values;
		}

	}

}
