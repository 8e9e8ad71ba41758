package dev.slackboot.benchmarks.dispatch;

import java.util.concurrent.Executor;

import dev.slackboot.benchmarks.load.EventFrames;
import dev.slackboot.listener.SlackEventDispatcher;
import dev.slackboot.listener.annotation.EnableSlackListeners;
import dev.slackboot.listener.annotation.SlackEventListener;
import dev.slackboot.model.MessageEvent;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.rtm.RtmFrameDecoder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dispatch path of one RTM frame, run on the calling thread so that its time and allocation can be measured:
 * decode the frame into a {@link SlackEvent} as the RTM connection does, hand it to a started
 * {@link SlackEventDispatcher} as the transports do ({@code offer}, then {@code handle} if the queue is full;
 * select, lane, deduplication, metrics), which resolves the arguments of an
 * {@code @SlackEventListener} method taking a {@link MessageEvent} and invokes it. The dispatcher's listener
 * executor runs tasks in the calling thread; everything else is the library's default.
 */
public final class DispatchPath implements AutoCloseable {

	private final AnnotationConfigApplicationContext context;

	private final RtmFrameDecoder decoder;

	private final SlackEventDispatcher dispatcher;

	private final LastEventListener listener;

	private DispatchPath(AnnotationConfigApplicationContext context) {
		this.context = context;
		this.decoder = new RtmFrameDecoder(JsonMapper.builder().build(), EventFrames.TEAM_ID, EventFrames.BOT_USER_ID);
		this.dispatcher = context.getBean(SlackEventDispatcher.class);
		this.listener = context.getBean(LastEventListener.class);
	}

	/**
	 * Creates a started dispatch path.
	 * @return the path
	 */
	public static DispatchPath create() {
		return new DispatchPath(new AnnotationConfigApplicationContext(DispatchConfiguration.class));
	}

	/**
	 * Decodes a frame and dispatches its event to the listener.
	 * @param frame an RTM {@code message} frame, UTF-8
	 * @return the typed event the listener received
	 */
	public @Nullable MessageEvent dispatch(byte[] frame) {
		SlackEvent event = this.decoder.decode(frame);
		if (event == null) {
			return null;
		}
		if (!this.dispatcher.offer(event)) {
			this.dispatcher.handle(event).subscribe();
		}
		return this.listener.last;
	}

	/**
	 * Decodes a frame only.
	 * @param frame an RTM frame, UTF-8
	 * @return the event
	 */
	public @Nullable SlackEvent decode(byte[] frame) {
		return this.decoder.decode(frame);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * The listener: keeps the last typed event it received.
	 */
	public static class LastEventListener {

		private @Nullable MessageEvent last;

		/**
		 * Keeps a message.
		 * @param event the message
		 */
		@SlackEventListener("message")
		public void onMessage(MessageEvent event) {
			this.last = event;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableSlackListeners
	static class DispatchConfiguration {

		@Bean
		SlackEventDispatcher slackEventDispatcher() {
			SlackEventDispatcher dispatcher = new SlackEventDispatcher();
			Executor callingThread = Runnable::run;
			dispatcher.setExecutor(callingThread);
			return dispatcher;
		}

		@Bean
		LastEventListener lastEventListener() {
			return new LastEventListener();
		}

	}

}
