package org.tierdesk.channel.email;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quote folding on the talon (Apache-2.0) and email_reply_parser (MIT) samples and own
 * cases. Measured: talon 5/5, email_reply_parser 2/2.
 */
class QuoteFolderTests {

	static final Path SAMPLES = Path.of("src/test/resources/mail-samples");

	final QuoteFolder folder = new QuoteFolder();

	@Test
	void shouldFoldEveryTalonSample() throws Exception {
		List<String> failures = new ArrayList<>();
		int passed = 0;
		for (String line : Files.readAllLines(SAMPLES.resolve("talon/EXPECTED.tsv"))) {
			String[] cols = line.split("\t");
			if (line.startsWith("#") || cols[0].equals("file")) {
				continue;
			}
			String expected = cols[1].startsWith("<contents of")
					? Files.readString(SAMPLES.resolve("talon/sparrow_reply_text"), StandardCharsets.UTF_8) : cols[1];
			try (InputStream in = Files.newInputStream(SAMPLES.resolve("talon").resolve(cols[0]));
					ParsedMail mail = new MailParser().parse(in)) {
				String actual = this.folder.fold(mail.textBody()).replyWithSignature();
				if (actual.strip().equals(expected.strip())) {
					passed++;
				}
				else {
					failures.add(cols[0] + ": " + actual);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(passed).isEqualTo(5);
	}

	@Test
	void shouldFoldTheOutlookBlockBelowAReply() throws Exception {
		String body = Files.readString(SAMPLES.resolve("email_reply_parser/email_2_2.txt"));
		assertThat(this.folder.fold(body).reply()).isEqualTo("Outlook with a reply directly above line");
	}

	@Test
	void shouldNotTakeADashInASentenceForASignature() throws Exception {
		String body = Files.readString(SAMPLES.resolve("email_reply_parser/email_sig_delimiter_in_middle_of_line.txt"));
		FoldedText folded = this.folder.fold(body);
		assertThat(folded.reply()).isEqualTo(body.strip());
		assertThat(folded.signature()).isEmpty();
		assertThat(folded.quoted()).isEmpty();
	}

	@Test
	void shouldFoldAttributionsInSeveralLanguages() {
		assertThat(this.folder.fold("Dank je\n\nOp 3 mrt. 2026 om 10:00 schreef Jan <jan@example.nl>:\n> Hoi").reply())
			.isEqualTo("Dank je");
		assertThat(this.folder.fold("Terima kasih\n\nPada tanggal 3 Mar 2026, Budi <b@example.id> menulis:\n> Halo")
			.reply()).isEqualTo("Terima kasih");
		assertThat(this.folder.fold("Grazie\n\nIl giorno 3 mar 2026, Anna <a@example.it> ha scritto:\n> Ciao").reply())
			.isEqualTo("Grazie");
		assertThat(this.folder.fold("Kiitos\n\nMatti <m@example.fi> kirjoitti 3.3.2026 kello 10.00:\n> Hei").reply())
			.isEqualTo("Kiitos");
		assertThat(
				this.folder.fold("Thanks\n\nOn Tue, 3 Mar 2026 at 10:00, Bob <bob@example.com>\nwrote:\n> Hi").reply())
			.isEqualTo("Thanks");
	}

	@Test
	void shouldSeparateTheSignatureAndKeepForwardedMail() {
		FoldedText folded = this.folder.fold("Fixed now.\n-- \nAlice\nACME");
		assertThat(folded.reply()).isEqualTo("Fixed now.");
		assertThat(folded.signature()).isEqualTo("-- \nAlice\nACME");
		String forward = "FYI\n\n---------- Forwarded message ---------\nFrom: Some One <some@one.com>\nDate: Mon\nSubject: x\n\nBody";
		assertThat(this.folder.fold(forward).reply()).contains("some@one.com").contains("Body");
	}

	@Test
	void shouldFoldOriginalMessageBlocks() {
		assertThat(this.folder.fold("Yes\r\n\r\n-----Original Message-----\r\nFrom: x\r\n\r\nQuestion?").reply())
			.isEqualTo("Yes");
	}

}
