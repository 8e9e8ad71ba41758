package dev.slackboot.test.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-use socket URLs' tickets.
 */
class SocketTicketsTests {

	@Test
	void ticketIsRedeemedOnce() {
		SocketTickets tickets = new SocketTickets();
		String ticket = tickets.issue("U1");
		assertThat(ticket).matches("[0-9a-f]{32}");
		assertThat(tickets.redeem(ticket)).isEqualTo("U1");
		assertThat(tickets.redeem(ticket)).isNull();
		assertThat(tickets.redeem("unknown")).isNull();
	}

	@Test
	void ticketExpires() throws InterruptedException {
		SocketTickets tickets = new SocketTickets(Duration.ofMillis(50));
		String ticket = tickets.issue("U1");
		Thread.sleep(100);
		assertThat(tickets.redeem(ticket)).isNull();
	}

}
