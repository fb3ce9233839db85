package org.tierdesk.channel.email;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders mail HTML as plain text with the line breaks a reader expects.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");

	private HtmlText() {
	}

	static String toText(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, head, title").remove();
		StringBuilder text = new StringBuilder();
		document.body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					String value = textNode.text().replace('\u00A0', ' ');
					if (!value.isBlank() || (text.length() > 0 && text.charAt(text.length() - 1) != '\n')) {
						text.append(value);
					}
				}
				else if (node instanceof Element element) {
					if (element.normalName().equals("br")) {
						text.append('\n');
					}
					else if (element.normalName().equals("img") && element.hasAttr("alt")) {
						text.append("[").append(element.attr("alt")).append("]");
					}
					else if (BLOCKS.contains(element.normalName())) {
						newLine(text);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())
						&& !element.normalName().equals("br")) {
					newLine(text);
				}
			}
		});
		return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private static void newLine(StringBuilder text) {
		if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

}
