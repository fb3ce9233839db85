package org.tierdesk.platform;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML from outside (mail, and later articles) safe to show inside Tierdesk: no
 * scripts, handlers, forms, frames or styles; links open in a new tab without a referrer;
 * {@code cid:} images point to attachment URLs; remote images only when the caller allows
 * them.
 */
public class HtmlSanitizer {

	/** Shown instead of a blocked remote image. */
	public static final String BLOCKED_IMAGE_CLASS = "td-remote-image-blocked";

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addTags("font", "center", "hr", "span", "div")
		.addAttributes(":all", "title", "dir", "align")
		.addAttributes("table", "border", "cellpadding", "cellspacing", "width")
		.addAttributes("td", "width", "valign", "bgcolor")
		.addAttributes("font", "color", "size")
		.addAttributes("a", "target", "rel")
		.addAttributes("span", "class")
		.addProtocols("img", "src", "http", "https", "cid", "data")
		.removeProtocols("a", "href", "ftp")
		.preserveRelativeLinks(false);

	/**
	 * Sanitises mail HTML; {@code cidResolver} maps a Content-ID (without {@code cid:})
	 * to the URL of the inline part, or returns {@code null} to drop the image.
	 */
	public String sanitize(String html, UnaryOperator<String> cidResolver, boolean allowRemoteImages) {
		Document dirty = Jsoup.parse((html == null) ? "" : html);
		Document clean = new Cleaner(SAFELIST).clean(dirty);
		for (Element img : clean.select("img")) {
			String src = img.attr("src").trim();
			String lower = src.toLowerCase(Locale.ROOT);
			if (lower.startsWith("cid:")) {
				String url = cidResolver.apply(src.substring(4));
				if (url == null) {
					img.remove();
				}
				else {
					img.attr("src", url);
				}
			}
			else if (lower.startsWith("data:")) {
				if (!lower.matches("data:image/(png|gif|jpeg|jpg|webp|bmp);base64,[a-z0-9+/=\\s]*")) {
					img.remove();
				}
			}
			else if (lower.startsWith("http://") || lower.startsWith("https://")) {
				if (!allowRemoteImages) {
					Element placeholder = new Element("span").addClass(BLOCKED_IMAGE_CLASS).text(img.attr("alt"));
					img.replaceWith(placeholder);
				}
			}
			else {
				img.remove();
			}
		}
		for (Element link : clean.select("a[href]")) {
			link.attr("target", "_blank");
			link.attr("rel", "noopener noreferrer");
		}
		clean.select("a:not([href])").removeAttr("target").removeAttr("rel");
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

}
