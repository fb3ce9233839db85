package org.tierdesk.channel.email.outbound.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.tierdesk.channel.email.outbound.MailTemplateManagement;
import org.tierdesk.channel.email.outbound.MailTemplateView;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screens of the mail templates: every kind in every language, and a form per
 * template with a preview filled in with example values (as the admin types, with htmx,
 * or on the Preview button).
 */
@Controller
@RequestMapping("/admin/mail/templates")
class AdminMailTemplateController {

	private static final String LIST = "admin/mail-templates";

	private static final String FORM = "admin/mail-template-form";

	private final MailTemplateManagement templates;

	private final MessageSource messages;

	AdminMailTemplateController(MailTemplateManagement templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("templates", this.templates.templates());
		model.addAttribute("languageNames", languageNames(locale));
		return LIST;
	}

	@GetMapping("/{kind}/{language}")
	String edit(@PathVariable String kind, @PathVariable String language, Model model, Locale locale) {
		MailTemplateView template = this.templates.template(kind(kind), language);
		MailTemplateForm form = new MailTemplateForm(template.subject(), template.body());
		model.addAttribute("templateForm", form);
		return form(template, form, model, locale);
	}

	@PostMapping("/{kind}/{language}")
	String save(@PathVariable String kind, @PathVariable String language,
			@Valid @ModelAttribute("templateForm") MailTemplateForm form, BindingResult result,
			@RequestParam(name = "preview", required = false) String previewOnly,
			@AuthenticationPrincipal TierdeskPrincipal admin, Model model, Locale locale, RedirectAttributes redirect) {
		MailTemplateView template = this.templates.template(kind(kind), language);
		if (!result.hasErrors() && previewOnly == null) {
			try {
				MailTemplateView saved = this.templates.save(template.kind(), template.language(), form.getSubject(),
						form.getBody(), (admin != null) ? admin.getUsername() : null);
				redirect.addFlashAttribute("successKey", "mailout.admin.templates.saved");
				redirect.addFlashAttribute("successArgs", title(saved, locale));
				return "redirect:/admin/mail/templates";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(template, form, model, locale);
	}

	/** The preview alone, for htmx as the admin types. */
	@PostMapping("/{kind}/{language}/preview")
	String preview(@PathVariable String kind, @PathVariable String language,
			@ModelAttribute("templateForm") MailTemplateForm form, Model model) {
		model.addAttribute("preview", this.templates.preview(kind(kind), language, form.getSubject(), form.getBody()));
		return FORM + " :: preview";
	}

	@PostMapping("/{kind}/{language}/reset")
	String reset(@PathVariable String kind, @PathVariable String language, Locale locale, RedirectAttributes redirect) {
		MailTemplateView template = this.templates.reset(kind(kind), language);
		redirect.addFlashAttribute("successKey", "mailout.admin.templates.resetDone");
		redirect.addFlashAttribute("successArgs", title(template, locale));
		return "redirect:/admin/mail/templates";
	}

	private String form(MailTemplateView template, MailTemplateForm form, Model model, Locale locale) {
		model.addAttribute("template", template);
		model.addAttribute("title", title(template, locale));
		model.addAttribute("languageName", languageNames(locale).get(template.language()));
		model.addAttribute("placeholders", template.kind().placeholders());
		model.addAttribute("preview",
				this.templates.preview(template.kind(), template.language(), form.getSubject(), form.getBody()));
		return FORM;
	}

	private String title(MailTemplateView template, Locale locale) {
		return this.messages.getMessage("mailout.kind." + template.kind().apiName(), null, locale) + " · "
				+ languageNames(locale).get(template.language());
	}

	private static OutboundMailKind kind(String kind) {
		return OutboundMailKind.fromApiName(kind)
			.orElseThrow(() -> new NotFoundException("mailout.template.unknownKind", "There is no such kind of mail."));
	}

	/** The template languages by code, named in the admin's language. */
	static Map<String, String> languageNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : OutboundMailProperties.LANGUAGES) {
			String name = Locale.forLanguageTag(language).getDisplayLanguage(locale);
			names.put(language,
					name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}
		return names;
	}

}
