package org.tierdesk.channel.email.outbound;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The mails the desk sends about a ticket, with the placeholders their templates may use
 * and must use.
 */
public enum OutboundMailKind {

	/** Confirms a new request with its number and private link; automatic (RFC 3834). */
	ACKNOWLEDGEMENT(true, List.of(), Set.of()),
	/** An agent's reply to the requester and the people in copy. */
	REPLY(false, List.of(Placeholder.REPLY_BODY, Placeholder.AGENT_NAME), Set.of(Placeholder.REPLY_BODY)),
	/** The solution of a resolved ticket; automatic (RFC 3834). */
	RESOLUTION(true, List.of(Placeholder.SOLUTION, Placeholder.CAUSE, Placeholder.AGENT_NAME),
			Set.of(Placeholder.SOLUTION));

	private final boolean automatic;

	private final Set<String> placeholders;

	private final Set<String> requiredInBody;

	OutboundMailKind(boolean automatic, List<String> extraPlaceholders, Set<String> requiredInBody) {
		this.automatic = automatic;
		Set<String> all = new LinkedHashSet<>(Placeholder.COMMON);
		all.addAll(extraPlaceholders);
		this.placeholders = Collections.unmodifiableSet(all);
		this.requiredInBody = requiredInBody;
	}

	/**
	 * Whether the desk sends it by itself (not written by a person): it carries
	 * {@code Auto-Submitted: auto-replied}.
	 */
	public boolean automatic() {
		return this.automatic;
	}

	/** The placeholders a template of this kind may use, in the order to show them. */
	public Set<String> placeholders() {
		return this.placeholders;
	}

	/** The placeholders the body must contain, or the mail would miss its point. */
	public Set<String> requiredInBody() {
		return this.requiredInBody;
	}

	/** The name in URLs and the API: {@code acknowledgement}, {@code reply}, ... */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind with this API name, if any. */
	public static Optional<OutboundMailKind> fromApiName(String value) {
		for (OutboundMailKind kind : values()) {
			if (kind.apiName().equalsIgnoreCase(value)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The placeholder names, written in templates as {@code {name}}. */
	public static final class Placeholder {

		public static final String TICKET_NUMBER = "ticketNumber";

		public static final String SUBJECT = "subject";

		public static final String REQUESTER_NAME = "requesterName";

		public static final String LINK = "link";

		public static final String REPLY_BODY = "replyBody";

		public static final String AGENT_NAME = "agentName";

		public static final String SOLUTION = "solution";

		public static final String CAUSE = "cause";

		static final List<String> COMMON = List.of(TICKET_NUMBER, SUBJECT, REQUESTER_NAME, LINK);

		private Placeholder() {
		}

	}

}
