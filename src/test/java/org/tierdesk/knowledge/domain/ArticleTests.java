package org.tierdesk.knowledge.domain;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tierdesk.identity.Role;
import org.tierdesk.knowledge.ArticleAction;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The article aggregate: its lifecycle, its languages and who may read it.
 */
class ArticleTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static Article draft() {
		return new Article("en", "Reset a printer", "<p>Hold the button</p>", 1L, "Alex", NOW);
	}

	@Test
	void shouldMoveThroughReviewToPublishedAndArchived() {
		Article article = draft();
		article.apply(ArticleAction.SUBMIT, NOW);
		article.apply(ArticleAction.PUBLISH, NOW);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishedAt()).isEqualTo(NOW);
		article.apply(ArticleAction.ARCHIVE, NOW);
		article.apply(ArticleAction.REVISE, NOW);
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void shouldRefuseToPublishADraftNamingItsState() {
		assertThatThrownBy(() -> draft().apply(ArticleAction.PUBLISH, NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("draft")
			.hasMessageContaining("published");
		assertThatThrownBy(() -> draft().apply(ArticleAction.REVISE, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldFallBackToTheOriginalLanguage() {
		Article article = draft();
		article.write("nl", "Printer resetten", "<p>Houd de knop vast</p>", NOW);
		assertThat(article.textIn("nl").getTitle()).isEqualTo("Printer resetten");
		assertThat(article.textIn("fi").getTitle()).isEqualTo("Reset a printer");
		assertThat(article.textIn("nl").getBodyNl()).isEqualTo("Houd de knop vast");
		assertThat(article.textIn("nl").getBodyEn()).isNull();
	}

	@Test
	void shouldRequireDepartmentsForADepartmentLimitedArticle() {
		assertThatThrownBy(() -> draft().configure(null, Set.of(), Visibility.DEPARTMENTS, Set.of(), NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> draft().configure(null, Set.of("x".repeat(61)), Visibility.PUBLIC, Set.of(), NOW))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void shouldShowOnlyPublishedPublicArticlesOutsideTheDesk() {
		Article article = draft();
		article.configure(null, Set.of(), Visibility.PUBLIC, Set.of(), NOW);
		Reader visitor = Reader.anonymous();
		Reader customer = new Reader(9L, "Cus", Role.CUSTOMER, Set.of());
		assertThat(ArticleRules.visibleTo(article, visitor)).isFalse();
		article.apply(ArticleAction.SUBMIT, NOW);
		article.apply(ArticleAction.PUBLISH, NOW);
		assertThat(ArticleRules.visibleTo(article, visitor)).isTrue();
		assertThat(ArticleRules.visibleTo(article, customer)).isTrue();
		article.configure(null, Set.of(), Visibility.INTERNAL, Set.of(), NOW);
		assertThat(ArticleRules.visibleTo(article, customer)).isFalse();
	}

	@Test
	void shouldShowDepartmentLimitedArticlesOnlyToThoseDepartmentsAndAdmins() {
		Article article = draft();
		article.configure(null, Set.of(), Visibility.DEPARTMENTS, Set.of(7L), NOW);
		assertThat(ArticleRules.visibleTo(article, new Reader(1L, "A", Role.AGENT, Set.of(7L)))).isTrue();
		assertThat(ArticleRules.visibleTo(article, new Reader(2L, "B", Role.AGENT, Set.of(8L)))).isFalse();
		assertThat(ArticleRules.visibleTo(article, new Reader(3L, "C", Role.ADMIN, Set.of()))).isTrue();
	}

	@Test
	void shouldSanitiseHostileHtml() {
		String clean = ArticleRules.body("<p onclick=\"x()\">Hi</p><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(2)\">link</a><iframe src=\"https://evil.example\"></iframe>"
				+ "<img src=\"https://example.com/a.png\" onerror=\"alert(3)\"><table><tr><td>c</td></tr></table>");
		assertThat(clean).contains("<p>Hi</p>", "<table>", "https://example.com/a.png")
			.doesNotContain("onclick", "script", "javascript", "iframe", "onerror");
	}

	@Test
	void shouldLeaveThePersonalDataOfTheRequesterOut() {
		String text = TicketDocuments.scrub(
				"Pekka Virtanen (pekka.v@example.fi, +358 40 123 4567) says the VPN drops; pekka rebooted.",
				"Pekka Virtanen");
		assertThat(text).contains("VPN drops", "rebooted")
			.doesNotContain("Pekka", "pekka", "Virtanen", "example.fi", "4567");
	}

	@Test
	void shouldLimitSearchWords() {
		assertThat(KnowledgeSearch.limitWords("  a\u0000b  c\td ", 16)).isEqualTo("a b c d");
		assertThat(KnowledgeSearch.limitWords("w ".repeat(100), 16).split(" ")).hasSize(16);
		assertThat(KnowledgeSearch.limitWords("   ", 16)).isEmpty();
	}

}
