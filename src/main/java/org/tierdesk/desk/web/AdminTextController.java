package org.tierdesk.desk.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tierdesk.desk.TextManagement;
import org.tierdesk.desk.TextView;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;

/**
 * Admin screen for the texts of the screens and mails: find a text by its key or its
 * words in a language, replace it with the desk's own or go back to the standard one.
 * Changes show without a restart.
 */
@Controller
@RequestMapping("/admin/texts")
class AdminTextController {

	static final int PAGE_SIZE = 50;

	private final TextManagement texts;

	AdminTextController(TextManagement texts) {
		this.texts = texts;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "language", required = false) String language,
			@RequestParam(name = "overridden", defaultValue = "false") boolean overridden,
			@RequestParam(name = "page", defaultValue = "0") int page, Locale locale, Model model) {
		String lang = language(language, locale);
		List<TextView> found = this.texts.search(query, lang, overridden);
		int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("texts",
				found.subList(current * PAGE_SIZE, Math.min(found.size(), (current + 1) * PAGE_SIZE)));
		model.addAttribute("total", found.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("language", lang);
		model.addAttribute("overridden", overridden);
		model.addAttribute("textLanguages", Languages.SUPPORTED);
		return "admin/texts";
	}

	@GetMapping("/edit")
	String edit(@RequestParam String key, @RequestParam String language, Model model) {
		TextView text = this.texts.text(key, language);
		TextForm form = new TextForm();
		form.setText(text.text());
		model.addAttribute("textForm", form);
		return form(text, model);
	}

	@PostMapping("/edit")
	String save(@RequestParam String key, @RequestParam String language, @ModelAttribute("textForm") TextForm form,
			BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
		TextView text = this.texts.text(key, language);
		try {
			this.texts.override(key, language, form.getText(), (admin != null) ? admin.getName() : "?");
			redirect.addFlashAttribute("successKey", "texts.saved");
			redirect.addFlashAttribute("successArgs", new Object[] { key });
			return "redirect:" + back(key, language);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return form(text, model);
		}
	}

	@PostMapping("/reset")
	String reset(@RequestParam String key, @RequestParam String language, RedirectAttributes redirect) {
		this.texts.reset(key, language);
		redirect.addFlashAttribute("successKey", "texts.reset");
		redirect.addFlashAttribute("successArgs", new Object[] { key });
		return "redirect:" + back(key, language);
	}

	private static String form(TextView text, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("languageName", Locale.forLanguageTag(text.language())
			.getDisplayLanguage(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "admin/text-form";
	}

	private static String back(String key, String language) {
		return UriComponentsBuilder.fromPath("/admin/texts")
			.queryParam("q", key)
			.queryParam("language", language)
			.encode()
			.build()
			.toUriString();
	}

	private static String language(String requested, Locale locale) {
		return Languages.supported(requested)
			.or(() -> Languages.supported(locale))
			.map(Locale::getLanguage)
			.orElse("en");
	}

}
