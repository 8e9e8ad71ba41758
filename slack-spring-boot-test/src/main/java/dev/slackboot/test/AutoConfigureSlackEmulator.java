package dev.slackboot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Starts an embedded {@link dev.slackboot.test.emulator.SlackEmulator} for a test's application context and
 * points the Slack starter at it through {@link dev.slackboot.autoconfigure.SlackConnectionDetails}: the Web
 * API, RTM and Socket Mode talk to the emulator with its tokens. The test can inject the
 * {@code SlackEmulator} to post as a user and await the bot's answers.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureSlackEmulator
 * class BotTests {
 *
 *     &#64;Autowired
 *     SlackEmulator slack;
 *
 *     &#64;Test
 *     void answersHello() {
 *         slack.postAsUser("general", "hello");
 *         slack.awaitMessage((m) -&gt; "Hi &lt;@U0ALICE&gt;!".equals(m.text()));
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSlackEmulator {

}
