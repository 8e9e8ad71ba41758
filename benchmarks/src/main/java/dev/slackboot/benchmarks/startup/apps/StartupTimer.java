package dev.slackboot.benchmarks.startup.apps;

import java.lang.management.ManagementFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs an application in its fresh JVM, prints how long {@link SpringApplication#run} took (the figure Boot logs as
 * "Started ... in"), the JVM's uptime and the CPU time the main thread and the whole process used until then (less
 * sensitive than elapsed time to other processes on the machine), then closes it and exits.
 */
public final class StartupTimer {

	/**
	 * The prefix of the line the harness reads.
	 */
	public static final String REPORT_PREFIX = "slack-benchmarks-startup ";

	private StartupTimer() {
	}

	/**
	 * Runs the application and reports.
	 * @param application the application class
	 * @param args the arguments
	 */
	public static void run(Class<?> application, String[] args) {
		long start = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(application, args);
		long contextMillis = (System.nanoTime() - start) / 1_000_000;
		long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		long mainCpuMillis = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
		long processCpuMillis = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
					? os.getProcessCpuTime() / 1_000_000 : -1;
		System.out.println(REPORT_PREFIX + "context-ms=" + contextMillis + " uptime-ms=" + uptimeMillis
				+ " main-cpu-ms=" + mainCpuMillis + " process-cpu-ms=" + processCpuMillis);
		System.out.flush();
		context.close();
		System.exit(0);
	}

}
