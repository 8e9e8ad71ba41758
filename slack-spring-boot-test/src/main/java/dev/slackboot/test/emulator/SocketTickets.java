package dev.slackboot.test.emulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Single-use WebSocket URLs, as Slack hands out for RTM ({@code rtm.connect}) and Socket Mode
 * ({@code apps.connections.open}): each ticket is good for one connection within 30 seconds.
 */
final class SocketTickets {

	/**
	 * How long a socket URL stays valid on Slack.
	 */
	static final Duration VALIDITY = Duration.ofSeconds(30);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

	private final Duration validity;

	SocketTickets() {
		this(VALIDITY);
	}

	SocketTickets(Duration validity) {
		this.validity = validity;
	}

	/**
	 * Issues a ticket.
	 * @param userId the user (RTM) or app (Socket Mode) the connection is for
	 * @return the ticket, part of the socket URL
	 */
	String issue(String userId) {
		long now = System.nanoTime();
		this.tickets.values().removeIf((ticket) -> ticket.isExpired(now));
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String ticket = HexFormat.of().formatHex(bytes);
		this.tickets.put(ticket, new Ticket(userId, now + this.validity.toNanos()));
		return ticket;
	}

	/**
	 * Uses a ticket up.
	 * @param ticket the ticket
	 * @return the user or app it was issued for, or {@code null} when it is unknown, used or expired
	 */
	@Nullable String redeem(String ticket) {
		Ticket redeemed = this.tickets.remove(ticket);
		return (redeemed != null && !redeemed.isExpired(System.nanoTime())) ? redeemed.userId() : null;
	}

	private record Ticket(String userId, long expiresAtNanos) {

		boolean isExpired(long now) {
			return now - this.expiresAtNanos > 0;
		}

	}

}
