package org.tierdesk.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * The time zone of the person a request serves: the one the web layer resolved (the
 * user's setting, the browser's, else the desk's), or the server's outside a request.
 */
public final class TimeZones {

	private TimeZones() {
	}

	/** The time zone of the current request, if the web layer resolved one. */
	public static Optional<ZoneId> ofRequest() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		if (context instanceof TimeZoneAwareLocaleContext aware) {
			TimeZone zone = aware.getTimeZone();
			if (zone != null) {
				return Optional.of(zone.toZoneId());
			}
		}
		return Optional.empty();
	}

	/** The time zone of the current request, else the server's. */
	public static ZoneId current() {
		return ofRequest().orElseGet(ZoneId::systemDefault);
	}

	/** A time zone id such as {@code Europe/Helsinki}, if it is a valid one. */
	public static Optional<ZoneId> parse(String id) {
		if (id == null || id.isBlank() || id.length() > 60) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id.strip()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
