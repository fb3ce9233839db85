package org.tierdesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classifies every mail of the sisimai set (BSD-2-Clause, see the folder's LICENSE and
 * MANIFEST.tsv).
 *
 * <p>
 * expectations.tsv gives sisimai's DSN status, reply code and hard/soft flag per failed
 * recipient, but not the recipient's address, so "recipient found" counts bounces for
 * which a plausible failed address was extracted. Measured on the 70 bounce rows:
 * recipient found 69/70 (98.6%), hard/soft agreement with the class of sisimai's status
 * 69/70 (98.6%), exact status agreement where sisimai's status is a real code (not its
 * x.0.9xx pseudo codes) 48/51 (94.1%).
 */
class SisimaiSamplesTests {

	static final Path ROOT = Path.of("src/test/resources/mail-samples/sisimai");

	static final MailParser parser = new MailParser();

	static final AutomatedMailClassifier classifier = new AutomatedMailClassifier();

	static MailClassification classify(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file); ParsedMail mail = parser.parse(in)) {
			return classifier.classify(mail);
		}
	}

	@Test
	void shouldParseEveryMailWithEveryLineEnding() throws Exception {
		for (String folder : List.of("emails", "emails-dos", "emails-mac")) {
			try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					try (InputStream in = Files.newInputStream(file); ParsedMail mail = parser.parse(in)) {
						assertThat(mail.headers().fields()).as(file.toString()).isNotEmpty();
					}
				}
			}
		}
	}

	@Test
	void shouldKeepOrdinaryMailOrdinaryAndRecogniseAllOthersAsAutomated() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String folder : List.of("emails", "emails-dos", "emails-mac")) {
			try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					MailClassification result = classify(file);
					boolean ordinary = file.getFileName().toString().startsWith("is-not-bounce");
					if (ordinary != (result.kind() == MailKind.ORDINARY)) {
						wrong.add(folder + "/" + file.getFileName() + " -> " + result.kind() + " (" + result.reason()
								+ ")");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void shouldFindFailedRecipientsSeverityAndStatus() throws Exception {
		int rows = 0;
		int recipientFound = 0;
		int severityAgrees = 0;
		int sisimaiHardAgrees = 0;
		int realStatusRows = 0;
		int statusAgrees = 0;
		List<String> misses = new ArrayList<>();
		for (String line : Files.readAllLines(ROOT.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
			String[] cols = line.split("\t", -1);
			if (cols[0].equals("file") || cols.length < 7 || !cols[3].matches("[245]\\.\\d+\\.\\d+")) {
				continue;
			}
			rows++;
			MailClassification result = classify(ROOT.resolve("emails").resolve(cols[0]));
			List<FailedRecipient> failed = result.bounce().map(Bounce::recipients).orElse(List.of());
			FailedRecipient first = failed.isEmpty() ? null : failed.get(0);
			if (first != null && first.email().contains("@")) {
				recipientFound++;
			}
			else {
				misses.add(cols[0] + " no recipient (" + result.kind() + ")");
			}
			boolean expectedHard = cols[3].startsWith("5");
			if (first != null && first.hard() == expectedHard) {
				severityAgrees++;
			}
			else {
				misses.add(cols[0] + " severity");
			}
			if (first != null && first.hard() == Boolean.parseBoolean(cols[6])) {
				sisimaiHardAgrees++;
			}
			if (!cols[3].matches("\\d\\.0\\.9\\d\\d")) {
				realStatusRows++;
				if (first != null && first.status().filter(cols[3]::equals).isPresent()) {
					statusAgrees++;
				}
				else {
					misses.add(cols[0] + " status " + cols[3] + " got "
							+ (first == null ? "-" : first.status().orElse("-")));
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"sisimai: rows=%d recipient=%d severity=%d sisimaiHardFlag=%d status=%d/%d%n%s%n", rows, recipientFound,
				severityAgrees, sisimaiHardAgrees, statusAgrees, realStatusRows, String.join("\n", misses));
		assertThat(rows).isEqualTo(70);
		assertThat(recipientFound).isGreaterThanOrEqualTo(69);
		assertThat(severityAgrees).isGreaterThanOrEqualTo(69);
		assertThat(statusAgrees).isGreaterThanOrEqualTo(48);
	}

	@Test
	void shouldRecogniseTheFeedbackReportAndTheVacationReply() throws Exception {
		MailClassification arf = classify(ROOT.resolve("emails/arf-01.eml"));
		assertThat(arf.kind()).isEqualTo(MailKind.FEEDBACK_REPORT);
		assertThat(arf.feedbackType()).contains("abuse");
		assertThat(classify(ROOT.resolve("emails/rfc3834-01.eml")).kind()).isEqualTo(MailKind.AUTO_REPLY);
	}

	static byte[] read(Path file) throws IOException {
		return Files.readAllBytes(file);
	}

}
