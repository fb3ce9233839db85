package org.tierdesk.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tierdesk.platform.InvalidInputException;

final class Enums {

	private Enums() {
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value != null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(value.strip())) {
					return constant;
				}
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants())
			.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		throw new InvalidInputException(field, "validation.oneOf", "Must be one of: {0}.", allowed);
	}

}
