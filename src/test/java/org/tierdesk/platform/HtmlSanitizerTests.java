package org.tierdesk.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTests {

	final HtmlSanitizer sanitizer = new HtmlSanitizer();

	String clean(String html) {
		return this.sanitizer.sanitize(html, (cid) -> "/attachments/" + cid, false);
	}

	@Test
	void shouldRemoveScriptsHandlersAndJavascriptUrls() {
		String html = clean("<p onclick=\"x()\">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)>"
				+ "<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(1)\">b</a>");
		assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("onclick").doesNotContain("onerror");
		assertThat(html).contains("Hi");
	}

	@Test
	void shouldRemoveSvgMathFormsFramesStylesMetaAndBase() {
		String html = clean("<svg><script>alert(1)</script><a xlink:href=javascript:alert(1)>x</a></svg>"
				+ "<math><mtext><style><img src=x onerror=alert(1)></style></mtext></math>"
				+ "<form action=/x><input name=a></form><iframe src=//evil></iframe>"
				+ "<div style=\"width:expression(alert(1))\">s</div><style>body{}</style>"
				+ "<meta http-equiv=refresh content=\"0;url=//evil\"><base href=//evil/><object data=x></object>");
		assertThat(html).doesNotContain("svg")
			.doesNotContain("math")
			.doesNotContain("form")
			.doesNotContain("input")
			.doesNotContain("iframe")
			.doesNotContain("expression")
			.doesNotContain("style")
			.doesNotContain("meta")
			.doesNotContain("base")
			.doesNotContain("object")
			.doesNotContain("onerror");
	}

	@Test
	void shouldOpenLinksInANewTabWithoutReferrer() {
		assertThat(clean("<a href=\"https://example.com\">x</a>"))
			.isEqualTo("<a href=\"https://example.com\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>");
	}

	@Test
	void shouldRewriteCidImagesAndBlockRemoteImagesUnlessAllowed() {
		assertThat(clean("<img src=\"cid:ii_1\" alt=\"a\">")).contains("src=\"/attachments/ii_1\"");
		assertThat(clean("<img src=\"https://tracker.example/p.gif\" alt=\"logo\">")).doesNotContain("tracker")
			.contains(HtmlSanitizer.BLOCKED_IMAGE_CLASS)
			.contains("logo");
		assertThat(this.sanitizer.sanitize("<img src=\"https://cdn.example/p.png\">", (cid) -> null, true))
			.contains("https://cdn.example/p.png");
		assertThat(this.sanitizer.sanitize("<img src=\"cid:unknown\">", (cid) -> null, true)).doesNotContain("img");
	}

	@Test
	void shouldAllowDataUrisOnlyForImages() {
		assertThat(clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")).contains("data:image/png");
		assertThat(clean("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">")).doesNotContain("data:");
		assertThat(clean("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")).doesNotContain("data:");
	}

}
