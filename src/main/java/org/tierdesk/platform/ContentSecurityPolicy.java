package org.tierdesk.platform;

/**
 * The Content-Security-Policy of the screens: scripts, styles and frames only from
 * Tierdesk itself. One relaxation exists, for images alone: a page showing a mail whose
 * remote images an agent chose to load.
 */
public final class ContentSecurityPolicy {

	private static final String TEMPLATE = "default-src 'self'; img-src %s; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'";

	/** The policy of every page. */
	public static final String DEFAULT = TEMPLATE.formatted("'self' data:");

	/**
	 * The policy of a page that shows remote images of a mail on the agent's request: the
	 * same as {@link #DEFAULT} but for images from any web server.
	 */
	public static final String REMOTE_IMAGES = TEMPLATE.formatted("'self' data: https: http:");

	/** The response header that carries the policy. */
	public static final String HEADER = "Content-Security-Policy";

	private ContentSecurityPolicy() {
	}

}
