package dev.slackboot.web.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.Assert;

/**
 * The bytes of a file to upload, set with {@link FilesUploadRequest#content(Path)},
 * {@link FilesUploadRequest#content(byte[])} or {@link FilesUploadRequest#content(Flux, long)}.
 */
public final class FileContent {

	private static final int BUFFER_SIZE = 64 * 1024;

	private final @Nullable Path path;

	private final Flux<DataBuffer> buffers;

	private final long length;

	private FileContent(@Nullable Path path, Flux<DataBuffer> buffers, long length) {
		this.path = path;
		this.buffers = buffers;
		this.length = length;
	}

	static FileContent of(Path path) {
		Assert.notNull(path, "path must not be null");
		return new FileContent(path, DataBufferUtils.read(path, DefaultDataBufferFactory.sharedInstance, BUFFER_SIZE),
				-1);
	}

	static FileContent of(byte[] bytes) {
		Assert.notNull(bytes, "bytes must not be null");
		return new FileContent(null, Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes))),
				bytes.length);
	}

	static FileContent of(Flux<DataBuffer> buffers, long length) {
		Assert.notNull(buffers, "content must not be null");
		return new FileContent(null, buffers, length);
	}

	/**
	 * Returns the number of bytes to upload: for a {@link Path}, the size of the file when called.
	 * @return the length in bytes
	 * @throws UncheckedIOException when the size of the file cannot be read
	 */
	public long length() {
		if (this.path == null) {
			return this.length;
		}
		try {
			return Files.size(this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the size of the file to upload, " + this.path, ex);
		}
	}

	/**
	 * Returns the file name of a {@link Path}, the default name of the upload.
	 * @return the file name, or {@code null} for content given as bytes or buffers
	 */
	public @Nullable String filename() {
		Path name = (this.path != null) ? this.path.getFileName() : null;
		return (name != null) ? name.toString() : null;
	}

	/**
	 * Returns the bytes as buffers. A file is read in chunks as the buffers are consumed, never whole into
	 * memory; content given as a {@code Flux} is returned as it is, so it can be read as often as that flux
	 * allows.
	 * @return the buffers
	 */
	public Flux<DataBuffer> read() {
		return this.buffers;
	}

	@Override
	public String toString() {
		return (this.path != null) ? "FileContent[path=" + this.path + "]" : "FileContent[length=" + this.length + "]";
	}

}
