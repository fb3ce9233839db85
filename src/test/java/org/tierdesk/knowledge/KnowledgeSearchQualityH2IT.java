package org.tierdesk.knowledge;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.identity.Role;
import org.tierdesk.support.H2ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality per language: a small fixture of articles in each of the five languages
 * and queries with the article they must find first (stemming, stop words, accents, one
 * typo). An application of its own, so that no other test's articles compete.
 */
@H2ApplicationTest
@TestPropertySource(properties = "tierdesk.test.context=search-quality")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchQualityH2IT {

	static final Reader EDITOR = new Reader(null, "Quality", Role.ADMIN, Set.of());

	static final List<List<String>> ARTICLES = List.of(List.of("en", "How to replace the toner cartridge",
			"Open the front cover and pull out the empty toner cartridge. Shake the new one before inserting it."),
			List.of("en", "Connecting to the office network",
					"Choose the wireless network of the office and enter the key from the reception."),
			List.of("en", "Resetting a forgotten password",
					"Use the self-service page to reset your password. Passwords expire every 90 days."),
			List.of("nl", "Printer geeft een papierstoring",
					"Als het papier vastloopt, open de lade van de printer en verwijder het papier voorzichtig."),
			List.of("nl", "Wachtwoord vergeten",
					"Gebruik de selfservicepagina om uw wachtwoord opnieuw in te stellen."),
			List.of("nl", "Verbinden met het draadloze netwerk",
					"Kies het netwerk van het kantoor en voer de sleutel in."),
			List.of("id", "Cetak ulang faktur", "Buka faktur lalu tekan tombol cetak di bagian atas halaman."),
			List.of("id", "Mengganti kata sandi", "Buka halaman profil lalu ubah kata sandi Anda."),
			List.of("id", "Jaringan nirkabel kantor",
					"Sambungkan laptop ke jaringan nirkabel dengan kunci dari resepsionis."),
			List.of("it", "La stampante non stampa", "Controlla che la stampante sia accesa e collegata alla rete."),
			List.of("it", "Perché il computer è lento?", "Chiudi i programmi aperti e riavvia il computer."),
			List.of("it", "Recuperare la password dimenticata",
					"Usa la pagina self-service per impostare una nuova password."),
			List.of("fi", "Salasanan vaihtaminen",
					"Vaihda salasana profiilisivulla. Salasanat vanhenevat 90 päivässä."),
			List.of("fi", "Tulostin ei tulosta", "Tarkista, että tulostin on päällä ja kytketty verkkoon."),
			List.of("fi", "Langaton verkko toimistossa", "Yhdistä kannettava toimiston langattomaan verkkoon."));

	@Autowired
	KnowledgeManagement knowledge;

	@BeforeAll
	void writeFixture() {
		for (List<String> a : ARTICLES) {
			ArticleView article = this.knowledge.create(new SaveArticleCommand(a.get(0), a.get(1),
					"<p>" + a.get(2) + "</p>", null, Set.of(), Visibility.PUBLIC, Set.of(), null), EDITOR);
			this.knowledge.transition(article.id(), ArticleAction.SUBMIT, EDITOR, null);
			this.knowledge.transition(article.id(), ArticleAction.PUBLISH, EDITOR, null);
		}
	}

	static Stream<Arguments> queries() {
		return Stream.of(
				// English: stemming, stop words, one typo
				Arguments.of("en", "replacing cartridges", "How to replace the toner cartridge"),
				Arguments.of("en", "the passwords", "Resetting a forgotten password"),
				Arguments.of("en", "pasword", "Resetting a forgotten password"),
				Arguments.of("en", "connect to wireless networks", "Connecting to the office network"),
				// Dutch: plural, stemming, one typo
				Arguments.of("nl", "printers", "Printer geeft een papierstoring"),
				Arguments.of("nl", "wachtwoorden", "Wachtwoord vergeten"),
				Arguments.of("nl", "draadloos netwerk", "Verbinden met het draadloze netwerk"),
				Arguments.of("nl", "wachtwoort", "Wachtwoord vergeten"),
				// Indonesian: prefixes and suffixes
				Arguments.of("id", "mencetak", "Cetak ulang faktur"),
				Arguments.of("id", "penggantian sandi", "Mengganti kata sandi"),
				Arguments.of("id", "jaringannya", "Jaringan nirkabel kantor"),
				// Italian: plural, accents either way, one typo
				Arguments.of("it", "stampanti", "La stampante non stampa"),
				Arguments.of("it", "perche lento", "Perché il computer è lento?"),
				Arguments.of("it", "stampnte", "La stampante non stampa"),
				Arguments.of("it", "dimenticate", "Recuperare la password dimenticata"),
				// Finnish: case endings, accents either way
				Arguments.of("fi", "salasanat", "Salasanan vaihtaminen"),
				Arguments.of("fi", "verkossa", "Langaton verkko toimistossa"),
				Arguments.of("fi", "paalla tulostin", "Tulostin ei tulosta"));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" finds \"{2}\" first")
	@MethodSource("queries")
	void shouldFindTheExpectedArticleFirst(String language, String query, String expectedTitle) {
		List<SearchHit> hits = this.knowledge.searchArticles(query, language, Reader.anonymous(), 5);
		assertThat(hits).as(query).isNotEmpty();
		assertThat(hits.get(0).title()).as(query + " → " + hits.stream().map(SearchHit::title).toList())
			.isEqualTo(expectedTitle);
	}

}
