package org.tierdesk.knowledge;

/**
 * A step in an article's lifecycle: draft → in review → published → archived, and back to
 * draft to rework it.
 */
public enum ArticleAction {

	/** Draft to in review. */
	SUBMIT,
	/** In review to published. */
	PUBLISH,
	/** Published to archived. */
	ARCHIVE,
	/** In review, published or archived back to draft. */
	REVISE

}
