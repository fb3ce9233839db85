package org.tierdesk.ticket.web;

import org.junit.jupiter.api.Test;
import org.tierdesk.platform.HtmlSanitizer;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedHtmlTests {

	@Test
	void shouldFoldTheTrailingQuoteOfAReply() {
		QuotedHtml html = QuotedHtml.of("<div>It still drains.</div><div>On Monday Support wrote:<br>"
				+ "<blockquote><p>Try a new charger.</p><blockquote>Older</blockquote></blockquote></div><br>");

		assertThat(html.main()).contains("It still drains.")
			.contains("On Monday Support wrote:")
			.doesNotContain("charger");
		assertThat(html.quoted()).startsWith("<blockquote>").contains("Try a new charger.").contains("Older");
	}

	@Test
	void shouldLeaveInlineAnswersUnfolded() {
		QuotedHtml html = QuotedHtml.of("<blockquote>Which printer?</blockquote><p>The one on floor 3.</p>");

		assertThat(html.quoted()).isNull();
		assertThat(html.main()).contains("Which printer?").contains("floor 3");
	}

	@Test
	void shouldNotFoldAMailThatIsOnlyAQuote() {
		QuotedHtml html = QuotedHtml.of("<blockquote>Forwarded text</blockquote>");

		assertThat(html.quoted()).isNull();
		assertThat(html.main()).contains("Forwarded text");
	}

	@Test
	void shouldKeepNoClassButTheBlockedImageMarker() {
		QuotedHtml html = QuotedHtml.of("<span class=\"btn btn-danger\">Pay now</span><span class=\""
				+ HtmlSanitizer.BLOCKED_IMAGE_CLASS + " btn\">logo</span>");

		assertThat(html.main()).doesNotContain("btn")
			.contains("<span>Pay now</span>")
			.contains("class=\"" + HtmlSanitizer.BLOCKED_IMAGE_CLASS + "\"");
	}

	@Test
	void shouldSendNoReferrerToRemoteImages() {
		QuotedHtml html = QuotedHtml
			.of("<img src=\"https://tracker.example/p.gif\"><img src=\"/agent/attachments/7\">");

		assertThat(html.main()).contains("<img src=\"https://tracker.example/p.gif\" referrerpolicy=\"no-referrer\">")
			.contains("<img src=\"/agent/attachments/7\">");
	}

}
