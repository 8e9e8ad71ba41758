package dev.slackboot.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Support for the {@code additionalProperties} component that Slack model records use to keep the fields they
 * do not model.
 */
public final class AdditionalProperties {

	private AdditionalProperties() {
	}

	/**
	 * Returns the given map, or a new empty mutable map when it is {@code null}, for use in the compact
	 * constructor of a model record.
	 * @param properties the properties Jackson collected, if any
	 * @return a non-null map
	 */
	public static Map<String, Object> orEmpty(@Nullable Map<String, Object> properties) {
		return (properties != null) ? properties : new LinkedHashMap<>();
	}

}
