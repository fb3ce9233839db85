package org.tierdesk.channel.email;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code bin/tierdesk-mailgate} as a mail server would: the mail on standard input,
 * the outcome in the exit code.
 */
final class Mailgate {

	static final Path SCRIPT = Path.of("bin", "tierdesk-mailgate").toAbsolutePath();

	record Run(int exitCode, String stdout, String stderr) {
	}

	private Mailgate() {
	}

	/** Skips the calling test, with the reason, where curl is not installed. */
	static void assumeCurl() {
		boolean found = false;
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "curl"))) {
				found = true;
			}
		}
		assumeTrue(found, "curl is not installed: skipping the tests of bin/tierdesk-mailgate, which needs it");
		assertThat(SCRIPT).as("the gateway script").isRegularFile();
	}

	static Run run(byte[] mail, Map<String, String> environment, String... arguments) {
		List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("TIERDESK_") || name.endsWith("RECIPIENT"));
		builder.environment().putAll(environment);
		try {
			Path out = Files.createTempFile("mailgate-", ".out");
			Path err = Files.createTempFile("mailgate-", ".err");
			try {
				Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
				try (OutputStream in = process.getOutputStream()) {
					in.write(mail);
				}
				catch (IOException ex) {
					// the script may exit before reading (a usage error, say)
				}
				if (!process.waitFor(90, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new AssertionError("tierdesk-mailgate did not finish within 90 s");
				}
				return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
						Files.readString(err, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(out);
				Files.deleteIfExists(err);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
