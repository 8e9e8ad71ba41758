package dev.slackboot.web;

import java.util.Arrays;

import reactor.core.publisher.Mono;

import org.springframework.core.codec.ByteArrayDecoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.web.reactive.function.BodyExtractor;

/**
 * Reads an answer's body into one byte array, copying each buffer as it arrives and releasing it at once. It
 * keeps the in-memory limit of the WebClient's byte array codec (Spring's {@code max-in-memory-size}), looked up
 * once rather than on every call; an empty body is an empty array.
 */
final class AnswerBodyExtractor implements BodyExtractor<Mono<byte[]>, ReactiveHttpInputMessage> {

	private static final int UNKNOWN = -2;

	private static final int UNLIMITED = -1;

	private static final byte[] EMPTY = new byte[0];

	private volatile int maxInMemorySize = UNKNOWN;

	@Override
	public Mono<byte[]> extract(ReactiveHttpInputMessage message, Context context) {
		int limit = maxInMemorySize(context);
		return message.getBody().collect(() -> new Bytes(limit), Bytes::append).map(Bytes::toByteArray);
	}

	private int maxInMemorySize(Context context) {
		int limit = this.maxInMemorySize;
		if (limit == UNKNOWN) {
			limit = UNLIMITED;
			for (HttpMessageReader<?> reader : context.messageReaders()) {
				if (reader instanceof DecoderHttpMessageReader<?> decoderReader
						&& decoderReader.getDecoder() instanceof ByteArrayDecoder decoder) {
					limit = decoder.getMaxInMemorySize();
					break;
				}
			}
			this.maxInMemorySize = limit;
		}
		return limit;
	}

	/**
	 * The bytes read so far.
	 */
	private static final class Bytes {

		private final int limit;

		private byte[] bytes = EMPTY;

		private int size;

		Bytes(int limit) {
			this.limit = limit;
		}

		void append(DataBuffer buffer) {
			try {
				int count = buffer.readableByteCount();
				int needed = this.size + count;
				if (this.limit >= 0 && needed > this.limit) {
					throw new DataBufferLimitException("Exceeded limit on max bytes to buffer : " + this.limit);
				}
				if (needed > this.bytes.length) {
					this.bytes = Arrays.copyOf(this.bytes, capacity(needed));
				}
				buffer.read(this.bytes, this.size, count);
				this.size = needed;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}

		private int capacity(int needed) {
			if (this.size == 0) {
				return needed;
			}
			int doubled = (int) Math.min(Integer.MAX_VALUE - 8, this.size * 2L);
			int capacity = Math.max(needed, doubled);
			return (this.limit >= 0) ? Math.min(capacity, this.limit) : capacity;
		}

		byte[] toByteArray() {
			return (this.size == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.size);
		}

	}

}
