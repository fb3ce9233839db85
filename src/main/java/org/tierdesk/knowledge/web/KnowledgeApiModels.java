package org.tierdesk.knowledge.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tierdesk.knowledge.ArticleSummary;
import org.tierdesk.knowledge.ArticleVersionView;
import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.SaveArticleCommand;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.knowledge.VersionDiff;
import org.tierdesk.knowledge.SimilarTicket;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.InvalidInputException;

/**
 * The JSON shapes of the knowledge API.
 */
final class KnowledgeApiModels {

	private KnowledgeApiModels() {
	}

	record ArticleRequest(String language, String title, String body, Long category, Set<String> tags,
			String visibility, Set<Long> departments, String sourceTicket) {

		SaveArticleCommand toCommand() {
			return new SaveArticleCommand(this.language, this.title, this.body, this.category, this.tags,
					KnowledgeApiModels.visibility(this.visibility), this.departments, this.sourceTicket);
		}

	}

	record TranslationRequest(String title, String body) {
	}

	record CategoryRequest(String name, Long parent) {
	}

	record ArticleJson(long id, String language, String title, String body, String originalLanguage,
			List<String> languages, Long category, String categoryName, Set<String> tags, String visibility,
			Set<Long> departments, String status, String author, String sourceTicket, long views, long ticketsSolved,
			long deflections, Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {

		static ArticleJson of(ArticleView a) {
			return new ArticleJson(a.id(), a.language(), a.title(), a.body(), a.originalLanguage(), a.languages(),
					a.categoryId(), a.categoryName(), a.tags(), a.visibility().apiName(), a.departmentIds(),
					a.status().apiName(), a.authorName(), a.sourceTicket(), a.viewCount(), a.ticketsSolved(),
					a.solvedCount(), a.createdAt(), a.updatedAt(), a.publishedAt(), a.version());
		}

	}

	record ArticleItemJson(long id, String title, String language, String status, String visibility, Long category,
			Instant updatedAt, Long views, Long ticketsSolved, String snippet, Float score) {

		static ArticleItemJson of(ArticleSummary a) {
			return new ArticleItemJson(a.id(), a.title(), a.language(), a.status().apiName(), a.visibility().apiName(),
					a.categoryId(), a.updatedAt(), a.viewCount(), a.ticketsSolved(), null, null);
		}

		static ArticleItemJson of(SearchHit h) {
			return new ArticleItemJson(Long.parseLong(h.ref()), h.title(), h.language(), h.status(), null, null,
					h.date(), null, null, h.snippet(), h.score());
		}

	}

	record ItemsJson<T>(List<T> items) {
	}

	record VersionJson(int number, String language, String title, String body, String author, String note,
			Instant createdAt) {

		static VersionJson of(ArticleVersionView v) {
			return new VersionJson(v.number(), v.language(), v.title(), v.body(), v.authorName(), v.note(),
					v.createdAt());
		}

	}

	record HitJson(String type, String ref, String title, String snippet, String language, String status, float score,
			Instant date) {

		static HitJson of(SearchHit h) {
			return new HitJson(h.type().apiName(), h.ref(), h.title(), h.snippet(), h.language(), h.status(), h.score(),
					h.date());
		}

	}

	record SimilarJson(String number, String subject, String solution, String cause, Instant resolvedAt, float score) {

		static SimilarJson of(SimilarTicket t) {
			return new SimilarJson(t.number(), t.subject(), t.solution(), t.cause(), t.resolvedAt(), t.score());
		}

	}

	record RebuildJson(long tickets) {
	}

	static Visibility visibility(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("visibility", "knowledge.error.visibility",
					"Visibility is public, internal or departments.");
		}
	}

	record DiffJson(int from, int to, String fromLanguage, String toLanguage, boolean changed, List<LineJson> title,
			List<LineJson> body, String html) {

		static DiffJson of(VersionDiff d) {
			return new DiffJson(d.from(), d.to(), d.fromLanguage(), d.toLanguage(), d.hasChanges(), lines(d.title()),
					lines(d.body()), html(d));
		}

		private static List<LineJson> lines(List<VersionDiff.Line> lines) {
			return lines.stream()
				.map((l) -> new LineJson(l.kind().apiName(),
						l.parts().stream().map((p) -> new PartJson(p.kind().apiName(), p.text())).toList()))
				.toList();
		}

		/**
		 * The diff as HTML: every text escaped, removed text in {@code <del>}, added in
		 * {@code <ins>}, one {@code <div class="diff-…">} a line.
		 */
		static String html(VersionDiff d) {
			StringBuilder html = new StringBuilder();
			for (List<VersionDiff.Line> part : List.of(d.title(), d.body())) {
				for (VersionDiff.Line line : part) {
					html.append("<div class=\"diff-").append(line.kind().apiName()).append("\">");
					for (VersionDiff.Part text : line.parts()) {
						String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(text.text());
						switch (text.kind()) {
							case ADDED -> html.append("<ins>").append(escaped).append("</ins>");
							case REMOVED -> html.append("<del>").append(escaped).append("</del>");
							default -> html.append(escaped);
						}
					}
					html.append("</div>\n");
				}
			}
			return html.toString();
		}

	}

	record LineJson(String kind, List<PartJson> parts) {
	}

	record PartJson(String kind, String text) {
	}

}
