package dev.slackboot.test.emulator;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.slackboot.model.Message;
import dev.slackboot.model.SlackEvent;
import dev.slackboot.rtm.SlackRtmClient;
import dev.slackboot.web.SlackWebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in Debian's headless Chromium, driven by Selenium through Debian's chromedriver (never a
 * downloaded one): a person says "hello" on the page and sees a bot's answer appear. Skipped where
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing ({@code apt-get install chromium
 * chromium-driver}).
 */
class EmulatorWebPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Pattern HELLO = Pattern.compile("(?i)\\bhello\\b");

	@TempDir
	static Path profile;

	private static WebDriver browser;

	private final SlackEmulator emulator = SlackEmulator.create().start();

	private SlackRtmClient bot;

	@BeforeEach
	void startChromium() {
		assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed at " + CHROMIUM);
		assumeTrue(Files.isExecutable(CHROMEDRIVER), "Debian's chromium-driver is not installed at " + CHROMEDRIVER);
		if (browser != null) {
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@AfterEach
	void stop() {
		if (this.bot != null) {
			this.bot.stop();
		}
		this.emulator.stop();
	}

	@Test
	void saysHelloOnThePageAndSeesTheBotAnswer() throws Exception {
		startHelloBot();
		browser.get(this.emulator.pageUrl());
		WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
		wait.until(ExpectedConditions.attributeToBe(By.id("connection-status"), "data-state", "live"));
		browser.findElement(By.cssSelector("[data-testid='channel-general']")).click();
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='channel-general']"), "aria-current",
				"page"));
		assertThat(browser.findElement(By.id("conversation-title")).getText()).isEqualTo("#general");
		assertThat(browser.findElement(By.id("post-as")).getDomProperty("value")).isEqualTo(SlackEmulator.DEFAULT_USER_ID);
		browser.findElement(By.id("message-text")).sendKeys("hello");
		browser.findElement(By.id("send")).click();

		WebElement answer = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#messages > li[data-testid='message'][data-bot='true']")));
		assertThat(answer.findElement(By.cssSelector("[data-testid='message-text']")).getText()).isEqualTo("Hi @alice!");
		assertThat(answer.findElement(By.cssSelector("[data-testid='message-author']")).getText())
			.isEqualTo("Emulator Bot");
		List<WebElement> messages = browser.findElements(By.cssSelector("#messages > li[data-testid='message']"));
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).findElement(By.cssSelector("[data-testid='message-author']")).getText())
			.isEqualTo("Alice Archer");
		assertThat(messages.get(0).findElement(By.cssSelector("[data-testid='message-text']")).getText())
			.isEqualTo("hello");
		assertThat(browser.findElement(By.id("message-text")).getDomProperty("value")).isEmpty();
		assertThat(this.emulator.messages("general")).extracting(Message::text)
			.containsExactly("hello", "Hi <@U0ALICE>!");
		screenshot("emulator-web-page.png");
	}

	@Test
	void showsThreadRepliesReactionsAndUnreadConversationsAsTheyHappen() throws Exception {
		browser.get(this.emulator.pageUrl() + "#general");
		WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
		wait.until(ExpectedConditions.attributeToBe(By.id("connection-status"), "data-state", "live"));
		Message question = this.emulator.postAsUser("bob", "general", "lunch?");
		By questionOnPage = By.cssSelector("#messages > li[data-ts='" + question.ts() + "']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(questionOnPage));
		this.emulator.replyAsUser("carol", "general", question.ts(), "yes, at noon");
		this.emulator.react("alice", "general", question.ts(), "thumbsup");
		this.emulator.postAsUser("bob", "random", "anyone?");

		WebElement reply = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#messages > li[data-ts='" + question.ts() + "'] li[data-testid='thread-reply']")));
		assertThat(reply.findElement(By.cssSelector("[data-testid='message-text']")).getText()).isEqualTo("yes, at noon");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#messages > li[data-ts='" + question.ts()
				+ "'] [data-testid='reply-count']"), "1 reply"));
		WebElement reaction = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#messages > li[data-ts='" + question.ts() + "'] [data-testid='reaction']")));
		assertThat(reaction.getDomAttribute("data-name")).isEqualTo("thumbsup");
		assertThat(reaction.getText()).contains("1");
		wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("[data-testid='channel-random'] [data-testid='unread-count']")));
		screenshot("emulator-web-page-thread.png");

		browser.findElement(By.cssSelector("[data-testid='channel-random']")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#messages [data-testid='message-text']"), "anyone?"));
		assertThat(browser.findElements(By.cssSelector("[data-testid='channel-random'] [data-testid='unread-count']")))
			.isEmpty();
	}

	private void startHelloBot() throws Exception {
		SlackWebClient web = SlackWebClient.builder()
			.baseUrl(this.emulator.baseUrl())
			.token(this.emulator.botToken())
			.build();
		CompletableFuture<Void> connected = new CompletableFuture<>();
		this.bot = SlackRtmClient.builder(web)
			.eventHandler((event) -> isHello(event) ? web.chat()
				.postMessage((message) -> message.channel(event.channel()).text("Hi <@" + event.user() + ">!"))
				.then() : Mono.empty())
			.build();
		this.bot.addStatusListener((status) -> {
			if (status.isConnected()) {
				connected.complete(null);
			}
		});
		this.bot.start();
		connected.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
	}

	private static boolean isHello(SlackEvent event) {
		return "message".equals(event.type()) && event.botId() == null
				&& HELLO.matcher(event.event().path("text").asString("")).find();
	}

	/**
	 * Saves a screenshot in the build directory ({@code target/}), beside {@code test-classes/}.
	 */
	private static void screenshot(String name) throws IOException, URISyntaxException {
		Path testClasses = Path.of(EmulatorWebPageBrowserTests.class.getProtectionDomain().getCodeSource().getLocation()
			.toURI());
		Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, testClasses.getParent().resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
