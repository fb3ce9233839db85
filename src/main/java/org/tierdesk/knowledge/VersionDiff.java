package org.tierdesk.knowledge;

import java.util.List;

/**
 * What changed from one version of an article to another: the title and the body (as
 * text, see {@link ArticleText}), line by line, and word by word within a changed line.
 */
public record VersionDiff(int from, int to, String fromLanguage, String toLanguage, List<Line> title, List<Line> body) {

	/** Whether anything differs. */
	public boolean hasChanges() {
		return this.title.stream().anyMatch((l) -> l.kind() != Kind.SAME)
				|| this.body.stream().anyMatch((l) -> l.kind() != Kind.SAME);
	}

	/** A line as it was ({@code same}, {@code removed}), is ({@code added}), or both. */
	public record Line(Kind kind, List<Part> parts) {
	}

	/** A run of text within a line. */
	public record Part(Kind kind, String text) {
	}

	public enum Kind {

		SAME, ADDED, REMOVED, CHANGED;

		public String apiName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
