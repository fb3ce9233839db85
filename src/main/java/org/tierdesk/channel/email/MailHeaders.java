package org.tierdesk.channel.email;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header fields of a mail in their order, unfolded but not decoded.
 */
public record MailHeaders(List<Field> fields) {

	public MailHeaders {
		fields = List.copyOf(fields);
	}

	/**
	 * The first value of the named field.
	 */
	public Optional<String> first(String name) {
		return this.fields.stream().filter((f) -> f.name().equalsIgnoreCase(name)).map(Field::value).findFirst();
	}

	/**
	 * All values of the named field, in order.
	 */
	public List<String> all(String name) {
		return this.fields.stream().filter((f) -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
	}

	/**
	 * Whether the named field is present.
	 */
	public boolean has(String name) {
		return first(name).isPresent();
	}

	/**
	 * The first value of the named field in lower case and trimmed, or empty.
	 */
	public String lower(String name) {
		return first(name).map((v) -> v.trim().toLowerCase(Locale.ROOT)).orElse("");
	}

	/**
	 * One header field.
	 */
	public record Field(String name, String value) {
	}

}
