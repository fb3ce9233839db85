package org.tierdesk.channel.email;

/**
 * A reply split into the new text, its signature and the folded quoted history;
 * {@code replyWithSignature} is the author's own text exactly as written above the quote.
 */
public record FoldedText(String reply, String signature, String quoted, String replyWithSignature) {
}
