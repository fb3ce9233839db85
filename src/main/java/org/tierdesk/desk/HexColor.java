package org.tierdesk.desk;

import java.util.Locale;
import java.util.regex.Pattern;

import org.tierdesk.platform.InvalidInputException;

/**
 * A colour as {@code #rrggbb}, dark enough for white text on it (contrast at least 3:1,
 * WCAG's minimum for buttons and large text).
 */
public record HexColor(String value) {

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	/** The contrast white text needs at least. */
	public static final double MIN_CONTRAST = 3.0;

	public HexColor {
		value = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		if (!HEX.matcher(value).matches()) {
			throw new InvalidInputException(null, "branding.error.color", "Enter a colour as # and six hex digits.");
		}
	}

	/** Checks a colour for a form field; the error names that field. */
	public static HexColor of(String field, String value) {
		HexColor color;
		try {
			color = new HexColor(value);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(field, ex.getMessageKey(), ex.getMessage());
		}
		if (color.contrastWithWhite() < MIN_CONTRAST) {
			throw new InvalidInputException(field, "branding.error.contrast",
					"Choose a darker colour: white text on it would be hard to read.");
		}
		return color;
	}

	/** The contrast ratio of white on this colour (1 to 21). */
	public double contrastWithWhite() {
		return 1.05 / (luminance() + 0.05);
	}

	/** The colour 15 % darker (hover states). */
	public HexColor darker() {
		return mix(0, 0, 0, 0.15);
	}

	/** The colour mixed with 90 % white (soft backgrounds). */
	public HexColor soft() {
		return mix(255, 255, 255, 0.9);
	}

	@Override
	public String toString() {
		return this.value;
	}

	private int channel(int index) {
		return Integer.parseInt(this.value.substring(1 + 2 * index, 3 + 2 * index), 16);
	}

	private double luminance() {
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double s = channel(i) / 255.0;
			c[i] = (s <= 0.03928) ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	private HexColor mix(int r, int g, int b, double share) {
		int[] target = { r, g, b };
		StringBuilder out = new StringBuilder("#");
		for (int i = 0; i < 3; i++) {
			int mixed = (int) Math.round(channel(i) * (1 - share) + target[i] * share);
			out.append(String.format(Locale.ROOT, "%02x", Math.max(0, Math.min(255, mixed))));
		}
		return new HexColor(out.toString());
	}

}
