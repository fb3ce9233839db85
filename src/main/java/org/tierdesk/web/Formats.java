package org.tierdesk.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tierdesk.platform.TimeZones;

/**
 * The one place templates format dates, times, numbers and sizes: in the user's language
 * and time zone ({@link TimeZones#current()}, resolved per request by
 * {@link UserLocaleResolver}): {@code ${@fmt.dateTime(t.createdAt)}}.
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
			.withZone(zoneId())
			.format(instant);
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zoneId())
			.format(instant);
	}

	/** A number with the user's digit grouping and decimal separator. */
	public String number(Number number) {
		return (number != null) ? NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(number) : "";
	}

	/** The time zone dates are shown in, e.g. {@code Europe/Helsinki}. */
	public String zone() {
		return zoneId().getId();
	}

	private ZoneId zoneId() {
		return TimeZones.ofRequest().orElse(this.zone);
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
