package org.tierdesk.channel.email;

/**
 * The limits a mail must stay within to be parsed; a mail over one is refused with a
 * {@link MailParseException} of reason {@code LIMIT_EXCEEDED}.
 */
public record MailLimits(long maxMessageBytes, int maxParts, int maxDepth, int maxHeaderFieldLength, int maxHeaderCount,
		int maxTextBodyBytes, int inMemoryThresholdBytes) {

	/**
	 * 64 MB per message, 1,000 parts, 30 levels of nesting, 64 KB per header field, 1,000
	 * header fields, 10 MB of text kept as body, parts over 256 KB spill to temporary
	 * files.
	 */
	public static final MailLimits DEFAULT = new MailLimits(64L * 1024 * 1024, 1000, 30, 64 * 1024, 1000,
			10 * 1024 * 1024, 256 * 1024);

	public MailLimits {
		if (maxMessageBytes <= 0 || maxParts <= 0 || maxDepth <= 0 || maxHeaderFieldLength <= 0 || maxHeaderCount <= 0
				|| maxTextBodyBytes <= 0 || inMemoryThresholdBytes < 0) {
			throw new IllegalArgumentException("mail limits must be positive");
		}
	}

}
