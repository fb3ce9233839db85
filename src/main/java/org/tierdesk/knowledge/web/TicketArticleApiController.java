package org.tierdesk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.LinkedArticle;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ItemsJson;

/**
 * Articles linked to a ticket (agents only): a resolved ticket counts as solved by each
 * of its articles.
 */
@RestController
@Tag(name = "Knowledge")
class TicketArticleApiController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	TicketArticleApiController(KnowledgeManagement knowledge, KnowledgeReaders readers) {
		this.knowledge = knowledge;
		this.readers = readers;
	}

	@GetMapping("/api/v1/tickets/{number}/articles")
	@Operation(summary = "The articles linked to a ticket")
	ItemsJson<LinkedArticle> linked(@PathVariable String number, @RequestParam(required = false) String lang,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return new ItemsJson<>(this.knowledge.linkedArticles(number, lang, this.readers.of(user)));
	}

	@PostMapping("/api/v1/tickets/{number}/articles/{id}")
	@Operation(summary = "Link an article to a ticket (linking twice changes nothing); returns the links")
	ItemsJson<LinkedArticle> link(@PathVariable String number, @PathVariable long id,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		this.knowledge.linkToTicket(number, id, null, this.readers.of(user));
		return new ItemsJson<>(this.knowledge.linkedArticles(number, null, this.readers.of(user)));
	}

	@DeleteMapping("/api/v1/tickets/{number}/articles/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an article's link to a ticket (and the solve it counted)")
	void unlink(@PathVariable String number, @PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		this.knowledge.unlinkFromTicket(number, id, this.readers.of(user));
	}

}
