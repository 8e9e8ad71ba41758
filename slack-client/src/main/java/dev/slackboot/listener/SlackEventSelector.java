package dev.slackboot.listener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.slackboot.model.SlackEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Which events a listener receives: event types ({@value #ALL_TYPES} for all), subtypes, channels, a
 * {@code pattern} on the message text and a {@code condition}. Every criterion that is set must hold; an
 * empty set of subtypes or channels means any.
 *
 * <p>
 * The pattern is searched for in the event's {@code text} ({@link Matcher#find()}; anchor it with {@code ^} and
 * {@code $} to match the whole text); events without text never match a pattern. Its named groups
 * ({@code (?<name>...)}) are handed to the listener.
 */
public final class SlackEventSelector {

	/**
	 * The event type that stands for every type.
	 */
	public static final String ALL_TYPES = "*";

	private static final Pattern NAMED_GROUP = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

	private final Set<String> types;

	private final Set<String> subtypes;

	private final Set<String> channels;

	private final @Nullable Pattern pattern;

	private final List<String> groupNames;

	private final @Nullable Predicate<SlackEvent> condition;

	private SlackEventSelector(Builder builder) {
		this.types = builder.types.isEmpty() ? Set.of(ALL_TYPES) : copy(builder.types);
		this.subtypes = copy(builder.subtypes);
		this.channels = copy(builder.channels);
		this.pattern = builder.pattern;
		this.groupNames = (builder.pattern != null) ? groupNames(builder.pattern) : List.of();
		this.condition = builder.condition;
	}

	/**
	 * Returns a selector of the given event types, with no other criteria.
	 * @param types the event types, {@value #ALL_TYPES} for all
	 * @return the selector
	 */
	public static SlackEventSelector of(String... types) {
		return builder().types(types).build();
	}

	/**
	 * Returns a builder.
	 * @return a new builder, selecting every event until criteria are set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the event types.
	 * @return the types, {@value #ALL_TYPES} for all
	 */
	public Set<String> getTypes() {
		return this.types;
	}

	/**
	 * Returns the subtypes.
	 * @return the subtypes; empty for any
	 */
	public Set<String> getSubtypes() {
		return this.subtypes;
	}

	/**
	 * Returns the channel IDs.
	 * @return the channels; empty for any
	 */
	public Set<String> getChannels() {
		return this.channels;
	}

	/**
	 * Returns the pattern on the message text.
	 * @return the pattern, or {@code null}
	 */
	public @Nullable Pattern getPattern() {
		return this.pattern;
	}

	/**
	 * Returns the names of the pattern's named groups.
	 * @return the group names, in the order they appear; empty without a pattern
	 */
	public List<String> getGroupNames() {
		return this.groupNames;
	}

	/**
	 * Tells whether events of the given type may match, looking at the type only.
	 * @param type the event type
	 * @return whether the type is selected
	 */
	public boolean matchesType(String type) {
		return this.types.contains(ALL_TYPES) || this.types.contains(type);
	}

	/**
	 * Matches an event against every criterion.
	 * @param event the event
	 * @return {@code null} when the event does not match; otherwise the pattern's named groups and the text
	 * they matched (empty without a pattern)
	 */
	public @Nullable Map<String, @Nullable String> match(SlackEvent event) {
		if (!matchesType(event.type()) || !matchesAny(this.subtypes, event.subtype())
				|| !matchesAny(this.channels, event.channel())) {
			return null;
		}
		Map<String, @Nullable String> groups = Map.of();
		if (this.pattern != null) {
			JsonNode text = event.event().get("text");
			if (text == null || !text.isString()) {
				return null;
			}
			Matcher matcher = this.pattern.matcher(text.asString());
			if (!matcher.find()) {
				return null;
			}
			groups = new LinkedHashMap<>();
			for (String name : this.groupNames) {
				groups.put(name, matcher.group(name));
			}
		}
		if (this.condition != null && !this.condition.test(event)) {
			return null;
		}
		return groups;
	}

	private static boolean matchesAny(Set<String> values, @Nullable String value) {
		return values.isEmpty() || (value != null && values.contains(value));
	}

	private static Set<String> copy(Set<String> values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}

	private static List<String> groupNames(Pattern pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = NAMED_GROUP.matcher(pattern.pattern());
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return Collections.unmodifiableList(names);
	}

	@Override
	public String toString() {
		return "SlackEventSelector[types=" + this.types + ", subtypes=" + this.subtypes + ", channels="
				+ this.channels + ", pattern=" + this.pattern + ", condition=" + this.condition + "]";
	}

	/**
	 * Builds a {@link SlackEventSelector}.
	 */
	public static final class Builder {

		private final Set<String> types = new LinkedHashSet<>();

		private final Set<String> subtypes = new LinkedHashSet<>();

		private final Set<String> channels = new LinkedHashSet<>();

		private @Nullable Pattern pattern;

		private @Nullable Predicate<SlackEvent> condition;

		private Builder() {
		}

		/**
		 * Adds event types; none means all.
		 * @param types the event types, e.g. {@code message}, or {@value SlackEventSelector#ALL_TYPES}
		 * @return this builder
		 */
		public Builder types(String... types) {
			addAll(this.types, types);
			return this;
		}

		/**
		 * Adds subtypes; none means any (including events without a subtype).
		 * @param subtypes the subtypes, e.g. {@code bot_message}
		 * @return this builder
		 */
		public Builder subtypes(String... subtypes) {
			addAll(this.subtypes, subtypes);
			return this;
		}

		/**
		 * Adds channel IDs; none means any.
		 * @param channels the channel IDs, e.g. {@code C0123456789}
		 * @return this builder
		 */
		public Builder channels(String... channels) {
			addAll(this.channels, channels);
			return this;
		}

		/**
		 * Sets the pattern searched for in the message text.
		 * @param pattern the regular expression, or {@code null} for none
		 * @return this builder
		 * @throws java.util.regex.PatternSyntaxException if it is not a valid expression
		 */
		public Builder pattern(@Nullable String pattern) {
			this.pattern = StringUtils.hasLength(pattern) ? Pattern.compile(pattern) : null;
			return this;
		}

		/**
		 * Sets the pattern searched for in the message text.
		 * @param pattern the pattern, or {@code null} for none
		 * @return this builder
		 */
		public Builder pattern(@Nullable Pattern pattern) {
			this.pattern = pattern;
			return this;
		}

		/**
		 * Sets a condition the event must meet, tested after every other criterion.
		 * @param condition the condition, or {@code null} for none
		 * @return this builder
		 */
		public Builder condition(@Nullable Predicate<SlackEvent> condition) {
			this.condition = condition;
			return this;
		}

		/**
		 * Builds the selector.
		 * @return the selector
		 */
		public SlackEventSelector build() {
			return new SlackEventSelector(this);
		}

		private static void addAll(Set<String> target, String... values) {
			Assert.noNullElements(values, "values must not contain null");
			Arrays.stream(values).filter(StringUtils::hasText).forEach(target::add);
		}

	}

}
