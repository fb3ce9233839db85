package org.tierdesk.knowledge.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.QuestionLog;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.platform.InvalidInputException;

/**
 * The portal's help center: search, categories and popular articles, and each article in
 * the visitor's language (or its original). Only published public articles exist here,
 * whoever is signed in.
 */
@Controller
@RequestMapping("/portal/help")
class PortalHelpController {

	static final String SOURCE_SEARCH = "portal";

	static final String SOURCE_NEW_REQUEST = "new-request";

	private final KnowledgeManagement knowledge;

	private final QuestionLog questions;

	PortalHelpController(KnowledgeManagement knowledge, QuestionLog questions) {
		this.knowledge = knowledge;
		this.questions = questions;
	}

	@GetMapping
	String home(@RequestParam(required = false) Long category, Model model) {
		String language = language();
		model.addAttribute("categories", this.knowledge.categories());
		model.addAttribute("category", category);
		model.addAttribute("popular", this.knowledge.popular(language, Reader.anonymous(), 8));
		model.addAttribute("articles", (category != null)
				? this.knowledge.list(ArticleStatus.PUBLISHED, category, language, Reader.anonymous(), 50) : List.of());
		model.addAttribute("hits", List.of());
		return "knowledge/portal-home";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", ask(q, SOURCE_SEARCH, 10, request, response, model));
		if (htmx != null) {
			return "knowledge/portal-home :: results";
		}
		model.addAttribute("categories", this.knowledge.categories());
		model.addAttribute("popular", List.of());
		model.addAttribute("articles", List.of());
		return "knowledge/portal-home";
	}

	@GetMapping("/suggest")
	String suggest(@RequestParam(required = false) String subject, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("hits", ask(subject, SOURCE_NEW_REQUEST, 5, request, response, model));
		return "knowledge/portal-suggestions :: suggestions";
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) Long question, HttpServletRequest request,
			Model model) {
		String language = language();
		model.addAttribute("article", this.knowledge.open(id, language, Reader.anonymous()));
		model.addAttribute("attachments", this.knowledge.attachments(id, Reader.anonymous()));
		model.addAttribute("visitorLanguage", language);
		if (question != null) {
			this.questions.opened(question, id, Visitors.of(request));
			model.addAttribute("question", question);
		}
		return "knowledge/portal-article";
	}

	/** A file of a published public article (anything else does not exist here). */
	@GetMapping("/articles/{id}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return ArticleFiles.download(this.knowledge.attachment(id, attachmentId, Reader.anonymous()));
	}

	@PostMapping("/questions/{question}/solved")
	String solved(@PathVariable long question, @RequestParam long article, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.questions.solved(question, article, Visitors.of(request));
		return "redirect:/portal/help/solved";
	}

	@PostMapping(path = "/questions/{question}/solved", headers = "HX-Request")
	ResponseEntity<Void> solvedByHtmx(@PathVariable long question, @RequestParam long article,
			HttpServletRequest request) {
		this.questions.solved(question, article, Visitors.of(request));
		return ResponseEntity.noContent()
			.header("HX-Redirect", request.getContextPath() + "/portal/help/solved")
			.build();
	}

	@GetMapping("/solved")
	String thanks() {
		return "knowledge/portal-solved";
	}

	/** Searches and logs the question (typing on refines the same logged question). */
	private List<SearchHit> ask(String q, String source, int limit, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		try {
			String language = language();
			List<SearchHit> hits = this.knowledge.searchArticles(q, language, Reader.anonymous(), limit);
			model.addAttribute("question",
					this.questions.asked(q, language, source, hits.size(), Visitors.ensure(request, response)));
			return hits;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessageKey());
			model.addAttribute("problemArgs", ex.getArgs());
			return List.of();
		}
	}

	private static String language() {
		return KnowledgeLanguages.orEnglish(LocaleContextHolder.getLocale().getLanguage());
	}

}
