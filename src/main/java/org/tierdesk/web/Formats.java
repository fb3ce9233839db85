package org.tierdesk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Date and size formatting for templates, in the user's language:
 * {@code ${@fmt.dateTime(t.createdAt)}}.
 */
@Component("fmt")
public class Formats {

	private final ZoneId zone;

	Formats(@Value("${tierdesk.web.time-zone:}") String zone) {
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.zone)
			.format(instant);
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.zone)
			.format(instant);
	}

	public String iso(Instant instant) {
		return (instant != null) ? instant.toString() : "";
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(LocaleContextHolder.getLocale(), "%.1f KB", bytes / 1024.0);
		}
		return String.format(LocaleContextHolder.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
