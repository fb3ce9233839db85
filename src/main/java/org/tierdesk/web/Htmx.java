package org.tierdesk.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells htmx requests (which want a fragment) from ordinary ones (which want the whole
 * page).
 */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
	}

	/** The view for this request: the named fragment for htmx, else the whole page. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) ? page + " :: " + fragment : page;
	}

}
