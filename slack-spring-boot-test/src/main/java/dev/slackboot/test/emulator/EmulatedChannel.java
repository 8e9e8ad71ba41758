package dev.slackboot.test.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a conversation of the emulated workspace.
 *
 * @param id the conversation ID, e.g. {@code C0GENERAL}
 * @param name the channel name without {@code #}, {@code null} for a direct message
 * @param isPrivate whether it is a private channel, a direct message or a group direct message
 * @param isIm whether it is a direct message between two users
 * @param isMpim whether it is a group direct message
 * @param members the IDs of its members
 */
public record EmulatedChannel(String id, @Nullable String name, boolean isPrivate, boolean isIm, boolean isMpim,
		List<String> members) {

	public EmulatedChannel {
		members = List.copyOf(members);
	}

}
