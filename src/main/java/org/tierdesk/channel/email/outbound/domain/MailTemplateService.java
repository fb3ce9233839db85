package org.tierdesk.channel.email.outbound.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.tierdesk.channel.email.outbound.MailPreview;
import org.tierdesk.channel.email.outbound.MailTemplateManagement;
import org.tierdesk.channel.email.outbound.MailTemplateView;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailKind.Placeholder;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Mail texts: an admin's override if there is one, else the default of the
 * {@code messages/mailout} bundle in that language.
 */
@Service
@Transactional(readOnly = true)
class MailTemplateService implements MailTemplateManagement {

	static final int SUBJECT_MAX = 500;

	static final int BODY_MAX = 50_000;

	private final MailTemplateRepository templates;

	private final MessageSource messages;

	private final DeskManagement desk;

	private final OutboundMailProperties properties;

	private final Clock clock;

	MailTemplateService(MailTemplateRepository templates, MessageSource messages, DeskManagement desk,
			OutboundMailProperties properties, Clock clock) {
		this.templates = templates;
		this.messages = messages;
		this.desk = desk;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<MailTemplateView> templates() {
		Map<String, MailTemplate> overrides = this.templates.findAllByOrderByKindAscLanguageAsc()
			.stream()
			.collect(Collectors.toMap((t) -> t.getKind() + "/" + t.getLanguage(), (t) -> t));
		List<MailTemplateView> all = new ArrayList<>();
		for (OutboundMailKind kind : OutboundMailKind.values()) {
			for (String language : OutboundMailProperties.LANGUAGES) {
				MailTemplate override = overrides.get(kind + "/" + language);
				all.add((override != null) ? view(override) : defaultView(kind, language));
			}
		}
		return all;
	}

	@Override
	public MailTemplateView template(OutboundMailKind kind, String language) {
		String lang = language(language);
		return this.templates.findByKindAndLanguage(kind, lang)
			.map(this::view)
			.orElseGet(() -> defaultView(kind, lang));
	}

	/** The text to send for this kind in this (supported) language. */
	TemplateText text(OutboundMailKind kind, String language) {
		return this.templates.findByKindAndLanguage(kind, language)
			.map(MailTemplate::text)
			.orElseGet(() -> defaultText(kind, language));
	}

	@Override
	@Transactional
	public MailTemplateView save(OutboundMailKind kind, String language, String subject, String body,
			String updatedBy) {
		String lang = language(language);
		TemplateText text = validate(kind, new TemplateText(subject, body));
		MailTemplate template = this.templates.findByKindAndLanguage(kind, lang)
			.orElseGet(() -> new MailTemplate(kind, lang));
		template.change(text, updatedBy, this.clock.instant());
		return view(this.templates.save(template));
	}

	@Override
	@Transactional
	public MailTemplateView reset(OutboundMailKind kind, String language) {
		String lang = language(language);
		this.templates.findByKindAndLanguage(kind, lang).ifPresent(this.templates::delete);
		return defaultView(kind, lang);
	}

	@Override
	public MailPreview preview(OutboundMailKind kind, String language, String subject, String body) {
		String lang = language(language);
		TemplateText text = new TemplateText(subject, body);
		Locale locale = Locale.forLanguageTag(lang);
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Placeholder.TICKET_NUMBER, this.desk.numberFormat().format(42, LocalDate.now(this.clock).getYear()));
		values.put(Placeholder.SUBJECT, example("subject", locale));
		values.put(Placeholder.REQUESTER_NAME, example("requesterName", locale));
		values.put(Placeholder.LINK, this.properties.baseUrl() + "/portal/t/example-private-link");
		if (kind.placeholders().contains(Placeholder.REPLY_BODY)) {
			values.put(Placeholder.REPLY_BODY, example("replyBody", locale));
		}
		if (kind.placeholders().contains(Placeholder.AGENT_NAME)) {
			values.put(Placeholder.AGENT_NAME, example("agentName", locale));
		}
		if (kind.placeholders().contains(Placeholder.SOLUTION)) {
			values.put(Placeholder.SOLUTION, example("solution", locale));
			values.put(Placeholder.CAUSE, example("cause", locale));
		}
		return new MailPreview(text.renderSubject(values), text.renderBody(values));
	}

	/**
	 * Refuses what would make a bad mail: unknown placeholders (typos would reach the
	 * customer), a subject without the ticket number (replies would not find their
	 * ticket), a body without the reply or solution it exists for.
	 */
	static TemplateText validate(OutboundMailKind kind, TemplateText text) {
		if (!StringUtils.hasText(text.subject())) {
			throw new InvalidInputException("subject", "validation.required", "This field is required.");
		}
		if (text.subject().length() > SUBJECT_MAX) {
			throw new InvalidInputException("subject", "validation.tooLong", "At most {0} characters.", SUBJECT_MAX);
		}
		if (!StringUtils.hasText(text.body())) {
			throw new InvalidInputException("body", "validation.required", "This field is required.");
		}
		if (text.body().length() > BODY_MAX) {
			throw new InvalidInputException("body", "validation.tooLong", "At most {0} characters.", BODY_MAX);
		}
		String allowed = kind.placeholders().stream().map((name) -> "{" + name + "}").collect(Collectors.joining(", "));
		for (String field : List.of("subject", "body")) {
			Set<String> unknown = new LinkedHashSet<>(
					TemplateText.placeholders("subject".equals(field) ? text.subject() : text.body()));
			unknown.removeAll(kind.placeholders());
			if (!unknown.isEmpty()) {
				String names = unknown.stream().map((name) -> "{" + name + "}").collect(Collectors.joining(", "));
				throw new InvalidInputException(field, "mailout.template.unknownPlaceholder",
						"Unknown placeholder " + names + ". This mail can use: " + allowed + ".", names, allowed);
			}
		}
		String number = "{" + Placeholder.TICKET_NUMBER + "}";
		if (!text.subject().contains(number)) {
			throw new InvalidInputException("subject", "mailout.template.subjectNeedsNumber",
					"The subject must contain " + number + ", so that replies find their ticket.", number);
		}
		for (String required : kind.requiredInBody()) {
			String placeholder = "{" + required + "}";
			if (!text.body().contains(placeholder)) {
				throw new InvalidInputException("body", "mailout.template.bodyNeeds",
						"The text must contain " + placeholder + ".", placeholder);
			}
		}
		return text;
	}

	private MailTemplateView view(MailTemplate template) {
		TemplateText text = template.text();
		return new MailTemplateView(template.getKind(), template.getLanguage(), text.subject(), text.body(), true,
				template.getUpdatedAt(), template.getUpdatedBy());
	}

	private MailTemplateView defaultView(OutboundMailKind kind, String language) {
		TemplateText text = defaultText(kind, language);
		return new MailTemplateView(kind, language, text.subject(), text.body(), false, null, null);
	}

	private TemplateText defaultText(OutboundMailKind kind, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String prefix = "mailout.template." + kind.apiName() + ".";
		// read without arguments: the text is returned as written, braces and quotes
		// included
		return new TemplateText(this.messages.getMessage(prefix + "subject", null, locale),
				this.messages.getMessage(prefix + "body", null, locale));
	}

	private String example(String name, Locale locale) {
		return this.messages.getMessage("mailout.example." + name, null, locale);
	}

	private static String language(String language) {
		return Optional.ofNullable(language)
			.filter(OutboundMailProperties.LANGUAGES::contains)
			.orElseThrow(() -> new NotFoundException("mailout.template.unknownLanguage", "No such language."));
	}

}
