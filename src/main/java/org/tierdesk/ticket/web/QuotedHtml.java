package org.tierdesk.ticket.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.tierdesk.platform.HtmlSanitizer;

/**
 * The rendered HTML of a mail, split into what is new and the quoted history: the last
 * {@code blockquote} is folded when nothing but white space follows it and something
 * precedes it (how Gmail, Apple Mail and Thunderbird quote). Other quoting styles stay
 * unfolded. Also takes away what the page must not inherit from a mail: class names
 * (other than the blocked-image marker), and the referrer of remote images.
 */
record QuotedHtml(String main, String quoted) {

	static QuotedHtml of(String renderedHtml) {
		if (renderedHtml == null) {
			return new QuotedHtml(null, null);
		}
		Document document = Jsoup.parseBodyFragment(renderedHtml);
		document.outputSettings().prettyPrint(false);
		Element body = document.body();
		for (Element element : body.select("[class]")) {
			if (!element.hasClass(HtmlSanitizer.BLOCKED_IMAGE_CLASS)) {
				element.removeAttr("class");
			}
			else {
				element.attr("class", HtmlSanitizer.BLOCKED_IMAGE_CLASS);
			}
		}
		for (Element image : body.select("img[src]")) {
			if (image.attr("src").toLowerCase(Locale.ROOT).startsWith("http")) {
				image.attr("referrerpolicy", "no-referrer");
			}
		}
		Element quote = lastOuterQuote(body);
		if (quote == null || !onlyBlankAfter(body, quote)) {
			return new QuotedHtml(body.html(), null);
		}
		String quoted = quote.outerHtml();
		quote.remove();
		if (!hasContent(body)) {
			// the whole mail is a quote (a forward, say): nothing to fold it under
			return new QuotedHtml(body.html() + quoted, null);
		}
		return new QuotedHtml(body.html(), quoted);
	}

	private static Element lastOuterQuote(Element body) {
		Element last = null;
		for (Element quote : body.select("blockquote")) {
			if (quote.parents().stream().noneMatch((p) -> p.nameIs("blockquote"))) {
				last = quote;
			}
		}
		return last;
	}

	/** Whether no text and no image come after the quote. */
	private static boolean onlyBlankAfter(Element body, Element quote) {
		boolean[] after = { false };
		boolean[] content = { false };
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (after[0] && isContent(node)) {
					content[0] = true;
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node == quote) {
					after[0] = true;
				}
			}
		}, body);
		return !content[0];
	}

	private static boolean hasContent(Element body) {
		boolean[] content = { false };
		NodeTraversor.traverse((node, depth) -> content[0] |= isContent(node), body);
		return content[0];
	}

	private static boolean isContent(Node node) {
		if (node instanceof TextNode text) {
			return !text.isBlank();
		}
		return node instanceof Element element && (element.nameIs("img") || element.nameIs("table")
				|| element.hasClass(HtmlSanitizer.BLOCKED_IMAGE_CLASS));
	}

}
