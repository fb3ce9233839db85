package org.tierdesk.channel.email.outbound.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and body of a mail template with {@code {placeholder}} names. Rendering
 * fills them in; a body line whose placeholders are all empty is left out, so that
 * "Cause: {cause}" disappears when there is no cause.
 */
record TemplateText(String subject, String body) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	TemplateText {
		subject = (subject != null) ? Addresses.oneLine(subject) : "";
		body = (body != null) ? body.replace("\r\n", "\n").replace('\r', '\n') : "";
	}

	/** The placeholder names used in the subject and the body, in order of appearance. */
	Set<String> placeholders() {
		Set<String> names = placeholders(this.subject);
		names.addAll(placeholders(this.body));
		return names;
	}

	static Set<String> placeholders(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** The subject with the values filled in, on one line. */
	String renderSubject(Map<String, String> values) {
		return Addresses.oneLine(fill(this.subject, values));
	}

	/** The body with the values filled in. */
	String renderBody(Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		for (String line : this.body.split("\n", -1)) {
			Set<String> names = placeholders(line);
			if (!names.isEmpty() && names.stream().allMatch((name) -> isEmpty(values.get(name)))) {
				continue;
			}
			text.append(fill(line, values)).append('\n');
		}
		return text.toString().replaceFirst("^\n+", "").stripTrailing() + "\n";
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			// unknown names stay as written; validation keeps them out of saved templates
			m.appendReplacement(out, Matcher.quoteReplacement((value != null) ? value : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean isEmpty(String value) {
		return value == null || value.isBlank();
	}

}
