package org.tierdesk.knowledge;

import java.util.List;

/**
 * Everything other modules and the screens do with knowledge. Every call names its
 * reader: an article they may not see does not exist for them (not found). Mutating
 * methods take the version the caller saw (null skips the check); a different current
 * version is a conflict.
 */
public interface KnowledgeManagement {

	/** Writes a new draft article. */
	ArticleView create(SaveArticleCommand command, Reader author);

	/**
	 * Changes an article's original text and its settings, keeping the old text as a
	 * version.
	 */
	ArticleView update(long articleId, SaveArticleCommand command, Reader author, Long expectedVersion);

	/** Adds or changes the translation of an article into a language. */
	ArticleView saveTranslation(long articleId, String language, String title, String body, Reader author,
			Long expectedVersion);

	/** Moves an article through its lifecycle. */
	ArticleView transition(long articleId, ArticleAction action, Reader author, Long expectedVersion);

	/** Brings back the text of an earlier version (as a new version). */
	ArticleView restore(long articleId, int versionNumber, Reader author, Long expectedVersion);

	/** An article in the language asked for, or in its original language. */
	ArticleView article(long articleId, String language, Reader reader);

	/** Like {@link #article}, and counts that someone opened it. */
	ArticleView open(long articleId, String language, Reader reader);

	/** The saved versions of an article, newest first. */
	List<ArticleVersionView> versions(long articleId, Reader reader);

	/** What changed from one saved version of an article to another (staff only). */
	VersionDiff diff(long articleId, int from, int to, Reader reader);

	/**
	 * Articles the reader may see, newest change first, optionally of one status or
	 * category.
	 */
	List<ArticleSummary> list(ArticleStatus status, Long categoryId, String language, Reader reader, int limit);

	/**
	 * The published articles the reader may see that solved most (tickets and portal
	 * visitors), then the most opened.
	 */
	List<ArticleSummary> popular(String language, Reader reader, int limit);

	/** Articles matching the words, best first, in the reader's language first. */
	List<SearchHit> searchArticles(String query, String language, Reader reader, int limit);

	/** One search across articles, tickets and solutions, for agents. */
	List<SearchHit> search(SearchRequest request, Reader reader);

	/**
	 * Resolved tickets whose problem looks like this ticket's, best first, of the
	 * departments the reader sees.
	 */
	List<SimilarTicket> similarSolved(String ticketNumber, int limit, Reader reader);

	/** An article proposed from a resolved ticket's solution documentation. */
	ArticleDraft draftFromTicket(String ticketNumber);

	/** The articles linked to a ticket, oldest link first (staff only). */
	List<LinkedArticle> linkedArticles(String ticketNumber, String language, Reader reader);

	/**
	 * Links an article to a ticket (again is fine) and returns it in the language asked
	 * for, or its original; when the ticket is resolved the article counts it as solved.
	 */
	ArticleView linkToTicket(String ticketNumber, long articleId, String language, Reader reader);

	/** Removes an article's link to a ticket, and the solve it counted. */
	void unlinkFromTicket(String ticketNumber, long articleId, Reader reader);

	/** The files attached to an article the reader may see. */
	List<ArticleAttachmentView> attachments(long articleId, Reader reader);

	/** Attaches a file to an article (staff); too large, empty or too many is refused. */
	ArticleAttachmentView attach(long articleId, String filename, String contentType, byte[] data, Reader author);

	/** An attached file with its bytes, for a reader who may see the article. */
	ArticleFile attachment(long articleId, long attachmentId, Reader reader);

	/** Removes an attached file (staff). */
	void removeAttachment(long articleId, long attachmentId, Reader author);

	/** The category tree, depth first. */
	List<CategoryView> categories();

	/** Adds a category, top level or under a parent. */
	CategoryView addCategory(String name, Long parentId);

	/**
	 * Rebuilds the search index from the database; returns how many tickets were
	 * refreshed.
	 */
	long rebuildIndex();

}
