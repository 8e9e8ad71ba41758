package dev.slackboot.benchmarks.web;

import java.nio.charset.StandardCharsets;

import dev.slackboot.benchmarks.load.LoadServer;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor: a raw Reactor Netty {@link HttpClient} posting a JSON body and parsing the answer into a Jackson tree,
 * with a pool of two connections per call in flight. A call in flight asks for the connection of the next one before
 * it gives its own back, so a pool of exactly one connection per call in flight would make nearly every call wait
 * for a connection, arming and cancelling a pending-acquire timer on Reactor's parallel scheduler each time; that
 * cost belongs to neither client.
 */
public final class FloorPostMessage extends PostMessageScenario {

	private final ConnectionProvider connections;

	private final HttpClient httpClient;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final String url;

	/**
	 * Creates the scenario.
	 * @param server the load server
	 * @param calls the number of calls per run
	 * @param concurrency the number of calls in flight
	 */
	public FloorPostMessage(LoadServer server, int calls, int concurrency) {
		super(calls, concurrency);
		this.connections = ConnectionProvider.builder("floor-" + concurrency)
			.maxConnections(2 * concurrency)
			.pendingAcquireMaxCount(-1)
			.build();
		this.httpClient = HttpClient.create(this.connections)
			.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
				.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + LoadServer.BOT_TOKEN));
		this.url = server.apiBaseUrl() + "chat.postMessage";
	}

	@Override
	public String label() {
		return "floor: Reactor Netty HttpClient + Jackson tree";
	}

	@Override
	public Role role() {
		return Role.FLOOR;
	}

	@Override
	protected void run(int calls, int concurrency) {
		Flux.range(0, calls).flatMap(this::call, concurrency).blockLast();
	}

	private Mono<JsonNode> call(int index) {
		byte[] body = ("{\"channel\":\"" + CHANNEL + "\",\"text\":\"hello " + index + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		return this.httpClient.post()
			.uri(this.url)
			.send(Mono.just(Unpooled.wrappedBuffer(body)))
			.responseSingle((response, content) -> content.asByteArray())
			.map((bytes) -> {
				JsonNode answer = this.mapper.readTree(bytes);
				check(answer.path("ok").asBoolean(false), answer.path("ts").asString(null));
				return answer;
			});
	}

	@Override
	public void close() {
		super.close();
		this.connections.dispose();
	}

}
