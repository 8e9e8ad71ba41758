package dev.slackboot.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.function.SingletonSupplier;

/**
 * Slack's Web API methods as the client sends them, read from the {@code slack-methods.tsv} resource beside
 * this class (derived from Slack's method reference by {@code tools/generate-method-catalog.py}) when the first
 * method is looked up, so that building a client does not read it.
 */
public final class SlackMethodCatalog {

	private static final String RESOURCE = "slack-methods.tsv";

	private static final SlackMethodCatalog DEFAULT = new SlackMethodCatalog(SlackMethodCatalog::load);

	private final SingletonSupplier<Map<String, SlackMethod>> methods;

	private SlackMethodCatalog(Supplier<Map<String, SlackMethod>> methods) {
		this.methods = SingletonSupplier.of(methods);
	}

	/**
	 * Returns the catalogue shipped with the client.
	 * @return the catalogue
	 */
	public static SlackMethodCatalog standard() {
		return DEFAULT;
	}

	/**
	 * Returns the named method, or {@code null} when the catalogue does not list it.
	 * @param name the method name
	 * @return the method or {@code null}
	 */
	public @Nullable SlackMethod find(String name) {
		return this.methods.obtain().get(name);
	}

	/**
	 * Returns the named method, or a conservative description of it when the catalogue does not list it.
	 * @param name the method name
	 * @return the method
	 * @see SlackMethod#unlisted(String)
	 */
	public SlackMethod get(String name) {
		SlackMethod method = this.methods.obtain().get(name);
		return (method != null) ? method : SlackMethod.unlisted(name);
	}

	/**
	 * Returns every listed method.
	 * @return the methods, in name order
	 */
	public Collection<SlackMethod> methods() {
		return this.methods.obtain().values();
	}

	private static Map<String, SlackMethod> load() {
		try (InputStream in = SlackMethodCatalog.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Slack method catalogue '" + RESOURCE + "' is missing from the classpath");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Slack method catalogue", ex);
		}
	}

	private static Map<String, SlackMethod> parse(BufferedReader reader) throws IOException {
		Map<String, SlackMethod> methods = new LinkedHashMap<>();
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length != 4) {
				throw new IllegalStateException("Malformed Slack method catalogue line: '" + line + "'");
			}
			methods.put(columns[0], new SlackMethod(columns[0], HttpMethod.valueOf(columns[1]),
					"json".equals(columns[2]), columns[3]));
		}
		return Collections.unmodifiableMap(methods);
	}

}
