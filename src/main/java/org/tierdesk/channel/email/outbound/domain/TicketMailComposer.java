package org.tierdesk.channel.email.outbound.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.MailConversation;
import org.tierdesk.channel.email.MailThreads;
import org.tierdesk.channel.email.OwnAddresses;
import org.tierdesk.channel.email.TicketReference;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailKind.Placeholder;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.ticket.TicketView;

/**
 * Writes the mail for a ticket event: who gets it (the requester, for replies and
 * resolutions also the people in copy, never a failing address or the desk itself), in
 * which language, with which text, and how it threads (Message-ID, In-Reply-To,
 * References).
 */
@Component
class TicketMailComposer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MailThreads threads;

	private final MailTemplateService templates;

	private final OutboundMailProperties properties;

	private final OwnAddresses ownAddresses;

	private final DeskManagement desk;

	private final BrandingManagement branding;

	TicketMailComposer(MailThreads threads, MailTemplateService templates, OutboundMailProperties properties,
			OwnAddresses ownAddresses, DeskManagement desk, BrandingManagement branding) {
		this.desk = desk;
		this.branding = branding;
		this.threads = threads;
		this.templates = templates;
		this.properties = properties;
		this.ownAddresses = ownAddresses;
	}

	/**
	 * The mail of this kind for the ticket. {@code values} holds the kind's own
	 * placeholders (reply body, agent, solution, cause).
	 */
	ComposedMail compose(OutboundMailKind kind, TicketView ticket, Long ticketMessageId, Map<String, String> values,
			List<Long> attachmentIds) {
		return compose(kind, ticket, this.threads.conversation(ticket.id()), ticketMessageId, values, attachmentIds);
	}

	/** The same, with the ticket's mail conversation as the caller has read it. */
	ComposedMail compose(OutboundMailKind kind, TicketView ticket, Optional<MailConversation> conversation,
			Long ticketMessageId, Map<String, String> values, List<Long> attachmentIds) {
		String language = conversation.flatMap((c) -> OutboundMailProperties.supportedLanguage(c.language()))
			.orElse(this.properties.defaultLanguage());
		Optional<InternetAddress> from = sender(conversation,
				(ticket.department() != null) ? this.desk.department(ticket.department().id()).orElse(null) : null,
				this.properties.from());
		// the address this mail is sent from is own even when no mailbox has it (any
		// more)
		Set<String> own = new LinkedHashSet<>();
		from.map(Addresses::key).ifPresent(own::add);

		String requesterEmail = conversation.map(MailConversation::requesterAddress).orElse(ticket.requester().email());
		List<String> skipped = new ArrayList<>();
		String refusal = null;
		Optional<InternetAddress> to = Addresses.of(requesterEmail, ticket.requester().name());
		if (to.isEmpty()) {
			refusal = "Not sent: the requester address '" + Addresses.oneLine(requesterEmail) + "' is not valid.";
		}
		else if (isOwn(to.get(), own)) {
			refusal = "Not sent: the requester address " + to.get().getAddress()
					+ " is the desk's own address (a mail loop).";
		}
		else if (this.threads.failing(to.get().getAddress())) {
			refusal = "Not sent: mail to " + to.get().getAddress()
					+ " bounced permanently; the address is marked as failing.";
		}
		List<InternetAddress> cc = new ArrayList<>();
		if (kind != OutboundMailKind.ACKNOWLEDGEMENT && conversation.isPresent()) {
			Set<String> seen = new LinkedHashSet<>(own);
			to.map(Addresses::key).ifPresent(seen::add);
			for (String address : conversation.get().cc()) {
				Optional<InternetAddress> parsed = Addresses.parse(address);
				if (parsed.isEmpty()) {
					skipped.add(Addresses.oneLine(address) + " (not a valid address)");
				}
				else if (!seen.add(Addresses.key(parsed.get())) || isOwn(parsed.get(), own)) {
					continue;
				}
				else if (this.threads.failing(parsed.get().getAddress())) {
					skipped.add(parsed.get().getAddress() + " (bounced permanently; marked as failing)");
				}
				else {
					cc.add(parsed.get());
				}
			}
		}

		Map<String, String> all = new LinkedHashMap<>();
		all.put(Placeholder.TICKET_NUMBER, ticket.number());
		all.put(Placeholder.SUBJECT, subjectWithoutNumber(ticket));
		all.put(Placeholder.REQUESTER_NAME, ticket.requester().name());
		all.put(Placeholder.LINK, this.properties.baseUrl() + "/portal/t/" + ticket.accessToken());
		all.putAll(values);
		TemplateText template = this.templates.text(kind, language);
		String subject = template.renderSubject(all);
		if (!subject.contains(ticket.number())) {
			// replies must find their ticket whatever the template says
			subject = "[" + ticket.number() + "] " + subject;
		}

		List<String> earlier = this.threads.messageIds(ticket.id());
		String inReplyTo = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		String references = references(earlier, this.properties.outbound().maxReferences());
		String domain = Optional.ofNullable(this.properties.messageIdDomain())
			.or(() -> from.map(Addresses::domain))
			.orElse("localhost");
		return new ComposedMail(kind, ticket.id(), ticket.number(), ticketMessageId,
				from.map(InternetAddress::toUnicodeString).orElse(null),
				to.map(InternetAddress::toUnicodeString).orElse(Addresses.oneLine(requesterEmail)),
				Addresses.format(cc), skipped.isEmpty() ? null : String.join("; ", skipped), subject,
				withSignature(template.renderBody(all), ticket), null, newMessageId(ticket.number(), kind, domain),
				inReplyTo, references, language, attachmentIds, refusal);
	}

	/**
	 * The body with the signature of the ticket's department (else the desk's) under the
	 * usual separator line, {@code "-- "} (RFC 3676), when one is set.
	 */
	private String withSignature(String body, TicketView ticket) {
		Long department = (ticket.department() != null) ? ticket.department().id() : null;
		String signature = this.branding.branding().signature(department);
		return (signature != null) ? body + "\n-- \n" + signature + "\n" : body;
	}

	/**
	 * The address a ticket's mail is sent from: the support address the conversation came
	 * in on, else the department's sending address, else the desk's.
	 */
	static Optional<InternetAddress> sender(Optional<MailConversation> conversation, DepartmentView department,
			String deskAddress) {
		return conversation.flatMap((c) -> Addresses.of(c.supportAddress(), null))
			.or(() -> Optional.ofNullable(department)
				.map(DepartmentView::senderAddress)
				.flatMap((address) -> Addresses.of(address, null)))
			.or(() -> Addresses.parse(deskAddress));
	}

	/**
	 * Whether the address is the desk's own: this mail's sender or one of
	 * {@link OwnAddresses}. Mail to it would come back in as a loop.
	 */
	private boolean isOwn(InternetAddress address, Set<String> own) {
		return own.contains(Addresses.key(address)) || this.ownAddresses.isOwn(address.getAddress());
	}

	/**
	 * The ticket's subject without reply prefixes and without its own number, which the
	 * template puts in brackets.
	 */
	static String subjectWithoutNumber(TicketView ticket) {
		String subject = TicketReference.stripReplyPrefixes(ticket.subject());
		subject = subject.replaceAll("\\s*\\[" + Pattern.quote(ticket.number()) + "]\\s*", " ").strip();
		return subject.isEmpty() ? ticket.subject() : subject;
	}

	/**
	 * The References value: all earlier Message-IDs, or when there are too many the first
	 * (the start of the thread) and the latest ones (RFC 5322 3.6.4).
	 */
	static String references(List<String> earlier, int max) {
		if (earlier.isEmpty()) {
			return null;
		}
		List<String> kept = (earlier.size() <= max) ? earlier : new ArrayList<>(earlier.subList(0, 1));
		if (earlier.size() > max) {
			kept.addAll(earlier.subList(earlier.size() - (max - 1), earlier.size()));
		}
		return String.join(" ", kept);
	}

	/** A new globally unique Message-ID (without angle brackets). */
	static String newMessageId(String ticketNumber, OutboundMailKind kind, String domain) {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		String local = ticketNumber.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "."
				+ kind.apiName().substring(0, 3) + "." + HexFormat.of().formatHex(random);
		return local + "@" + domain;
	}

}
