package dev.slackboot.listener.support;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.slackboot.support.RecordConstructorModule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves typed event parameters, such as {@link dev.slackboot.model.MessageEvent} or a record of your own,
 * by reading the event object with the JSON mapper, straight from the bytes it arrived as when nothing read it
 * into a tree before. Unknown fields are ignored; Slack's field names are snake case, so annotate your own types
 * with {@code @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)}.
 *
 * <p>
 * Any record qualifies, and any concrete class except simple values, arrays and the classes of the JDK,
 * Spring, Reactor, Jackson and this library's clients and listener infrastructure (those are injected beans,
 * or an error at startup). It is the last resolver asked.
 */
public class SlackEventModelArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String[] EXCLUDED_PACKAGES = { "java.", "javax.", "jakarta.", "org.springframework.",
			"reactor.", "org.reactivestreams.", "tools.jackson.", "com.fasterxml.jackson.", "dev.slackboot.web.",
			"dev.slackboot.rtm.", "dev.slackboot.socket.", "dev.slackboot.events.", "dev.slackboot.listener." };

	private final Supplier<JsonMapper> jsonMapper;

	private final Map<Type, CachedReader> readers = new ConcurrentHashMap<>();

	private volatile @Nullable BindingMapper bindingMapper;

	/**
	 * Creates a resolver.
	 * @param jsonMapper supplies the mapper that converts the event, asked on first use
	 */
	public SlackEventModelArgumentResolver(Supplier<JsonMapper> jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return isModelType(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		ObjectReader reader = reader(parameter.getGenericParameterType());
		return MessagingSlackListenerAdapter.context(message).event().readEvent(reader);
	}

	private ObjectReader reader(Type type) {
		JsonMapper mapper = this.jsonMapper.get();
		CachedReader cached = this.readers.get(type);
		if (cached == null || cached.mapper() != mapper) {
			JsonMapper binding = bindingMapper(mapper);
			ObjectReader reader = binding.readerFor(binding.constructType(type))
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
						DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
			cached = new CachedReader(mapper, reader);
			this.readers.put(type, cached);
		}
		return cached.reader();
	}

	/**
	 * Returns the application's mapper with the {@link RecordConstructorModule}, derived once per mapper.
	 */
	private JsonMapper bindingMapper(JsonMapper mapper) {
		BindingMapper binding = this.bindingMapper;
		if (binding == null || binding.source() != mapper) {
			binding = new BindingMapper(mapper, mapper.rebuild().addModule(new RecordConstructorModule()).build());
			this.bindingMapper = binding;
		}
		return binding.mapper();
	}

	private static boolean isModelType(Class<?> type) {
		if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum()
				|| Modifier.isAbstract(type.getModifiers()) || BeanUtils.isSimpleValueType(type)) {
			return false;
		}
		if (type.isRecord()) {
			return !type.getName().startsWith("java.");
		}
		String name = type.getName();
		for (String excluded : EXCLUDED_PACKAGES) {
			if (name.startsWith(excluded)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The mapper typed events are read with, and the application's mapper it was derived from.
	 */
	private record BindingMapper(JsonMapper source, JsonMapper mapper) {
	}

	/**
	 * The reader of a parameter type, with the mapper it was made from.
	 */
	private record CachedReader(JsonMapper mapper, ObjectReader reader) {
	}

}
