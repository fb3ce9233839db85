package org.tierdesk.channel.email;

/**
 * A reply split into the new text, its signature and the folded quoted history.
 */
public record FoldedText(String reply, String signature, String quoted) {

	/**
	 * The new text with its signature, as the author wrote it above the quote.
	 */
	public String replyWithSignature() {
		return this.signature.isEmpty() ? this.reply : (this.reply + "\n\n" + this.signature).strip();
	}

}
