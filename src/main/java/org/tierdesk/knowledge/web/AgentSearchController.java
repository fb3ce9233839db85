package org.tierdesk.knowledge.web;

import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.SearchRequest;
import org.tierdesk.knowledge.SearchType;
import org.tierdesk.platform.InvalidInputException;

/**
 * The agents' search box across articles, tickets and solutions, with highlighted
 * snippets and filters; htmx requests get only the results.
 */
@Controller
class AgentSearchController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	private final DeskManagement desk;

	AgentSearchController(KnowledgeManagement knowledge, KnowledgeReaders readers, DeskManagement desk) {
		this.knowledge = knowledge;
		this.readers = readers;
		this.desk = desk;
	}

	@GetMapping("/agent/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long tier, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("department", department);
		model.addAttribute("tier", tier);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("types", SearchType.values());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("tiers", this.desk.tiers());
		try {
			Set<SearchType> types = SearchApiController.types(type);
			SearchRequest request = new SearchRequest(q, LocaleContextHolder.getLocale().getLanguage(), types,
					SearchApiController.status(status), tier, department, SearchApiController.instant("from", from),
					SearchApiController.instant("to", to), 50);
			model.addAttribute("hits", this.knowledge.search(request, this.readers.of(user)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("hits", java.util.List.of());
			model.addAttribute("problem", ex.getMessageKey());
			model.addAttribute("problemArgs", ex.getArgs());
		}
		return (htmx != null) ? "knowledge/search :: results" : "knowledge/search";
	}

}
