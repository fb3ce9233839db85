package org.tierdesk.desk.domain;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The application's texts: an admin's own text for the key and language, else the message
 * bundles (the parent). Admins type apostrophes as they are; they are doubled here for
 * texts with arguments, as {@link MessageFormat} wants.
 */
class OverridingMessageSource extends AbstractMessageSource {

	private final ObjectProvider<TextOverrides> overrides;

	OverridingMessageSource(ObjectProvider<TextOverrides> overrides) {
		this.overrides = overrides;
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		TextOverrides texts = this.overrides.getIfAvailable();
		return (texts != null) ? texts.find(code, locale.getLanguage()) : null;
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String text = resolveCodeWithoutArguments(code, locale);
		if (text == null) {
			return null;
		}
		try {
			return new MessageFormat(text.replace("'", "''"), locale);
		}
		catch (IllegalArgumentException ex) {
			// braces that are no arguments: shown as typed
			return new MessageFormat("'" + text.replace("'", "''") + "'", locale);
		}
	}

}
