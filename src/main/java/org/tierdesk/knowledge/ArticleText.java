package org.tierdesk.knowledge;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An article's sanitised HTML as plain text (for a reply, or to compare versions):
 * paragraphs and headings on their own lines, list items with a dash, table cells
 * separated by bars, links with their address in brackets.
 */
public final class ArticleText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre",
			"table", "tr", "blockquote", "li");

	private ArticleText() {
	}

	/** The title, a blank line, and the body as text. */
	public static String of(String title, String html) {
		return title + "\n\n" + plain(html);
	}

	/** The body as text. */
	public static String plain(String html) {
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					boolean pre = textNode.parent() != null && ((Element) textNode.parent()).closest("pre") != null;
					text.append(pre ? textNode.getWholeText() : textNode.text());
				}
				else if (node instanceof Element element) {
					if ("li".equals(element.normalName())) {
						newLine(text);
						text.append("- ");
					}
					else if ("br".equals(element.normalName())) {
						text.append('\n');
					}
					else if ("td".equals(element.normalName()) || "th".equals(element.normalName())) {
						if (element.elementSiblingIndex() > 0) {
							text.append(" | ");
						}
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element) {
					if ("a".equals(element.normalName()) && !element.attr("href").isBlank()
							&& !element.attr("href").equals(element.text())) {
						text.append(" (").append(element.attr("href")).append(')');
					}
					if (BLOCKS.contains(element.normalName())) {
						newLine(text);
					}
				}
			}

		});
		return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private static void newLine(StringBuilder text) {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

}
