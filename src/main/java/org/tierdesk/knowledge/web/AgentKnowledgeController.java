package org.tierdesk.knowledge.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.ArticleAction;
import org.tierdesk.knowledge.ArticleDraft;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;

/**
 * The agents' knowledge base: the list, an article with its translations and versions,
 * the editor, the lifecycle, and a draft from a resolved ticket.
 */
@Controller
@RequestMapping("/agent/knowledge")
class AgentKnowledgeController {

	private static final Map<String, String> FIELDS = Map.of("departmentIds", "departmentIds",
			"knowledge.error.modified", "title");

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	private final DeskManagement desk;

	private final MessageSource messages;

	AgentKnowledgeController(KnowledgeManagement knowledge, KnowledgeReaders readers, DeskManagement desk,
			MessageSource messages) {
		this.knowledge = knowledge;
		this.readers = readers;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long category,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		ArticleStatus wanted = KnowledgeApiController.status(status);
		model.addAttribute("articles", this.knowledge.list(wanted, category, language(), this.readers.of(user), 100));
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("status", wanted);
		model.addAttribute("category", category);
		model.addAttribute("categories", this.knowledge.categories());
		return "knowledge/list";
	}

	@PostMapping("/categories")
	String addCategory(@RequestParam String name, @RequestParam(required = false) Long parentId,
			RedirectAttributes redirect) {
		try {
			this.knowledge.addCategory(name, parentId);
			redirect.addFlashAttribute("successKey", "knowledge.category.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
		}
		return "redirect:/agent/knowledge";
	}

	@GetMapping("/new")
	String newArticle(@RequestParam(required = false) String ticket, Model model) {
		ArticleForm form = new ArticleForm();
		form.setLanguage(language());
		if (ticket != null && !ticket.isBlank()) {
			ArticleDraft draft = this.knowledge.draftFromTicket(ticket);
			form.setTitle(draft.title());
			form.setBody(draftBody(draft));
			model.addAttribute("sourceTicket", draft.ticketNumber());
		}
		model.addAttribute("articleForm", form);
		return editor(model, null);
	}

	@PostMapping
	String create(@ModelAttribute ArticleForm articleForm, BindingResult result,
			@RequestParam(required = false) String sourceTicket, @AuthenticationPrincipal TierdeskPrincipal user,
			Model model, RedirectAttributes redirect) {
		try {
			ArticleView article = this.knowledge.create(articleForm.toCommand(sourceTicket), this.readers.of(user));
			redirect.addFlashAttribute("successKey", "knowledge.saved");
			return "redirect:/agent/knowledge/" + article.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			FormErrors.reject(result, ex, FIELDS);
			model.addAttribute("sourceTicket", sourceTicket);
			return editor(model, null);
		}
	}

	@GetMapping("/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) String lang,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		Reader reader = this.readers.of(user);
		ArticleView article = this.knowledge.article(id, (lang != null) ? lang : language(), reader);
		model.addAttribute("article", article);
		model.addAttribute("versions", this.knowledge.versions(id, reader));
		model.addAttribute("attachments", this.knowledge.attachments(id, reader));
		model.addAttribute("supported", KnowledgeLanguages.SUPPORTED);
		model.addAttribute("departments", this.desk.departments());
		return "knowledge/article";
	}

	@GetMapping("/{id}/versions/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		Reader reader = this.readers.of(user);
		model.addAttribute("article", this.knowledge.article(id, language(), reader));
		model.addAttribute("diff", this.knowledge.diff(id, from, to, reader));
		return "knowledge/diff";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) String lang,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		ArticleView article = this.knowledge.article(id, null, this.readers.of(user));
		String language = (lang != null) ? KnowledgeLanguages.require(lang, "lang") : article.originalLanguage();
		ArticleForm form = ArticleForm.of(this.knowledge.article(id, language, this.readers.of(user)));
		if (!article.languages().contains(language)) {
			form.setTitle("");
			form.setBody("");
		}
		form.setLanguage(language);
		model.addAttribute("articleForm", form);
		return editor(model, article);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute ArticleForm articleForm, BindingResult result,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model, RedirectAttributes redirect) {
		Reader reader = this.readers.of(user);
		ArticleView current = this.knowledge.article(id, null, reader);
		try {
			String language = KnowledgeLanguages.require(articleForm.getLanguage(), "language");
			if (language.equals(current.originalLanguage())) {
				this.knowledge.update(id, articleForm.toCommand(null), reader, articleForm.getVersion());
			}
			else {
				this.knowledge.saveTranslation(id, language, articleForm.getTitle(), articleForm.getBody(), reader,
						articleForm.getVersion());
			}
			redirect.addFlashAttribute("successKey", "knowledge.saved");
			return "redirect:/agent/knowledge/" + id + "?lang=" + language;
		}
		catch (InvalidInputException | ConflictException ex) {
			FormErrors.reject(result, ex, FIELDS);
			return editor(model, current);
		}
	}

	@PostMapping("/{id}/{action:submit|publish|archive|revise}")
	String transition(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		this.knowledge.transition(id, ArticleAction.valueOf(action.toUpperCase(Locale.ROOT)), this.readers.of(user),
				version);
		redirect.addFlashAttribute("successKey", "knowledge.action.done." + action);
		return "redirect:/agent/knowledge/" + id;
	}

	@PostMapping("/{id}/versions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		ArticleView article = this.knowledge.restore(id, number, this.readers.of(user), version);
		redirect.addFlashAttribute("successKey", "knowledge.versions.restored");
		return "redirect:/agent/knowledge/" + id + "?lang=" + article.language();
	}

	private String editor(Model model, ArticleView article) {
		model.addAttribute("article", article);
		model.addAttribute("supported", KnowledgeLanguages.SUPPORTED);
		model.addAttribute("categories", this.knowledge.categories());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("visibilities", Visibility.values());
		return "knowledge/editor";
	}

	/** The article body of a ticket's draft, with headings in the agent's language. */
	private String draftBody(ArticleDraft draft) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder html = new StringBuilder();
		section(html, this.messages.getMessage("knowledge.draft.problem", null, locale), draft.problem());
		section(html, this.messages.getMessage("knowledge.draft.cause", null, locale), draft.cause());
		section(html, this.messages.getMessage("knowledge.draft.solution", null, locale), draft.solution());
		return html.toString();
	}

	private static void section(StringBuilder html, String heading, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		html.append("<h2>").append(HtmlUtils.htmlEscape(heading)).append("</h2>");
		for (String paragraph : text.split("\\n\\s*\\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
	}

	private static String language() {
		return KnowledgeLanguages.orEnglish(LocaleContextHolder.getLocale().getLanguage());
	}

}
