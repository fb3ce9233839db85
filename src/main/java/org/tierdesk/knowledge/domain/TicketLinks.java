package org.tierdesk.knowledge.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.knowledge.LinkedArticle;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketResolved;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

/**
 * Articles linked to tickets, and the count of tickets each article solved: a linked
 * ticket that is resolved (or is already resolved when linked) counts once; unlinking
 * takes its count back.
 */
@Component
class TicketLinks {

	private final TicketLinkRepository links;

	private final ArticleRepository articles;

	private final TicketManagement tickets;

	private final Clock clock;

	TicketLinks(TicketLinkRepository links, ArticleRepository articles, TicketManagement tickets, Clock clock) {
		this.links = links;
		this.articles = articles;
		this.tickets = tickets;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<LinkedArticle> linked(String ticketNumber, String language, Reader reader) {
		TicketView ticket = ticket(ticketNumber, reader);
		return this.links.findByTicketIdOrderByLinkedAtAsc(ticket.id())
			.stream()
			.flatMap((link) -> this.articles.findById(link.getArticleId())
				.filter((article) -> ArticleRules.visibleTo(article, reader))
				.map((article) -> {
					ArticleTranslation text = article
						.textIn((language != null) ? language : article.getOriginalLanguage());
					return new LinkedArticle(article.getId(), text.getTitle(), text.getLanguage(), link.isSolved(),
							link.getLinkedBy(), link.getLinkedAt());
				})
				.stream())
			.toList();
	}

	/**
	 * Links the article (which the reader must be able to see); linking twice is fine.
	 */
	@Transactional
	void link(String ticketNumber, Article article, Reader reader) {
		TicketView ticket = ticket(ticketNumber, reader);
		if (this.links.findByArticleIdAndTicketId(article.getId(), ticket.id()).isPresent()) {
			return;
		}
		TicketLink link = this.links.save(new TicketLink(article.getId(), ticket.id(), ticket.number(),
				(reader.name() != null) ? reader.name() : "?", this.clock.instant()));
		if (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED) {
			solved(link);
		}
	}

	@Transactional
	void unlink(String ticketNumber, long articleId, Reader reader) {
		TicketView ticket = ticket(ticketNumber, reader);
		this.links.findByArticleIdAndTicketId(articleId, ticket.id()).ifPresent((link) -> {
			if (link.isSolved()) {
				this.articles.addTicketsSolved(articleId, -1);
			}
			this.links.delete(link);
		});
	}

	@ApplicationModuleListener
	void on(TicketResolved event) {
		this.links.findByTicketIdOrderByLinkedAtAsc(event.ticketId()).forEach(this::solved);
	}

	private void solved(TicketLink link) {
		if (link.markSolved()) {
			this.articles.addTicketsSolved(link.getArticleId(), 1);
		}
	}

	private TicketView ticket(String ticketNumber, Reader reader) {
		if (!reader.isStaff()) {
			throw new NotFoundException("ticket.notFound", "There is no ticket {0}.", ticketNumber);
		}
		return this.tickets.find(ticketNumber.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("ticket.notFound", "There is no ticket {0}.", ticketNumber));
	}

}
