package org.tierdesk.channel.email.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.MailConversation;
import org.tierdesk.channel.email.MailThreads;

/**
 * TEMPORARY stand-in for the intake's MailThreads until its implementation lands on main;
 * to be deleted at that merge.
 */
@Component
public class InMemoryMailThreads implements MailThreads {

	public final Map<Long, MailConversation> conversations = new ConcurrentHashMap<>();

	public final Map<Long, List<String>> ids = new ConcurrentHashMap<>();

	public final Set<String> failing = ConcurrentHashMap.newKeySet();

	@Override
	public Optional<MailConversation> conversation(long ticketId) {
		return Optional.ofNullable(this.conversations.get(ticketId));
	}

	@Override
	public List<String> messageIds(long ticketId) {
		return List.copyOf(this.ids.getOrDefault(ticketId, List.of()));
	}

	@Override
	public void recordOutgoing(long ticketId, Long ticketMessageId, String messageId) {
		this.ids.computeIfAbsent(ticketId, (id) -> new ArrayList<>()).add(messageId);
	}

	@Override
	public boolean failing(String email) {
		return this.failing.contains(email.toLowerCase(Locale.ROOT));
	}

}
