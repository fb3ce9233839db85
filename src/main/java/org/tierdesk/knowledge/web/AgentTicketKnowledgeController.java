package org.tierdesk.knowledge.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.ArticleText;
import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.knowledge.SimilarTicket;
import org.tierdesk.platform.DomainException;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

/**
 * Knowledge beside a ticket on the agent's ticket page: articles that match its subject,
 * resolved tickets like it, and a draft article once it is resolved.
 */
@Controller
class AgentTicketKnowledgeController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	private final TicketManagement tickets;

	AgentTicketKnowledgeController(KnowledgeManagement knowledge, KnowledgeReaders readers, TicketManagement tickets) {
		this.knowledge = knowledge;
		this.readers = readers;
		this.tickets = tickets;
	}

	@GetMapping("/agent/knowledge/beside/{number}")
	String beside(@PathVariable String number, @AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		return besideFragment(number, user, model);
	}

	/** Articles to pick for the reply, found by the agent's words. */
	@GetMapping("/agent/knowledge/beside/{number}/find")
	String find(@PathVariable String number, @RequestParam(required = false) String q,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		List<SearchHit> found = List.of();
		try {
			found = this.knowledge.searchArticles(q, agentLanguage(), this.readers.of(user), 8);
		}
		catch (DomainException ex) {
			model.addAttribute("findError", ex);
		}
		model.addAttribute("ticket", this.tickets.get(number));
		model.addAttribute("found", found);
		model.addAttribute("query", q);
		return "knowledge/beside :: found";
	}

	/**
	 * Links the article to the ticket and hands its text, in the agent's language or its
	 * original, to the page, which adds it to the reply box.
	 */
	@PostMapping("/agent/knowledge/beside/{number}/insert/{id}")
	String insert(@PathVariable String number, @PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user,
			Model model) {
		ArticleView article = this.knowledge.linkToTicket(number, id, agentLanguage(), this.readers.of(user));
		model.addAttribute("insertText", ArticleText.of(article.title(), article.body()));
		return besideFragment(number, user, model);
	}

	@PostMapping("/agent/knowledge/beside/{number}/unlink/{id}")
	String unlink(@PathVariable String number, @PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user,
			Model model) {
		this.knowledge.unlinkFromTicket(number, id, this.readers.of(user));
		return besideFragment(number, user, model);
	}

	private static String agentLanguage() {
		return KnowledgeLanguages.orEnglish(LocaleContextHolder.getLocale().getLanguage());
	}

	private String besideFragment(String number, TierdeskPrincipal user, Model model) {
		TicketView ticket = this.tickets.get(number);
		model.addAttribute("linked",
				this.knowledge.linkedArticles(ticket.number(), agentLanguage(), this.readers.of(user)));
		List<SearchHit> articles = List.of();
		List<SimilarTicket> similar = List.of();
		try {
			articles = this.knowledge.searchArticles(ticket.subject(),
					KnowledgeLanguages.orEnglish(LocaleContextHolder.getLocale().getLanguage()), this.readers.of(user),
					3);
			similar = this.knowledge.similarSolved(ticket.number(), 3, this.readers.of(user));
		}
		catch (DomainException ex) {
			// a ticket not yet copied for search has no similar tickets yet
		}
		model.addAttribute("ticket", ticket);
		model.addAttribute("articles", articles);
		model.addAttribute("similar", similar);
		model.addAttribute("resolved", ticket.solution() != null
				&& (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED));
		return "knowledge/beside :: beside";
	}

}
