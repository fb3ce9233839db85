package org.tierdesk.desk;

import java.util.Arrays;

import org.tierdesk.platform.InvalidInputException;

/**
 * A logo file: PNG, JPEG or WebP, recognised by its first bytes (never by the name or the
 * type the browser claims), at most {@link #MAX_BYTES}. SVG is refused: it can carry
 * scripts.
 */
public record LogoImage(String contentType, byte[] data) {

	/** The largest logo accepted. */
	public static final int MAX_BYTES = 512 * 1024;

	public LogoImage {
		data = data.clone();
	}

	/** The logo in these bytes, or an error naming the field {@code logo}. */
	public static LogoImage of(byte[] data) {
		if (data == null || data.length == 0) {
			throw new InvalidInputException("logo", "branding.error.logoEmpty", "Choose an image file.");
		}
		if (data.length > MAX_BYTES) {
			throw new InvalidInputException("logo", "branding.error.logoTooLarge", "The logo may be at most {0} KB.",
					MAX_BYTES / 1024);
		}
		String type = detect(data);
		if (type == null) {
			throw new InvalidInputException("logo", "branding.error.logoType",
					"The logo must be a PNG, JPEG or WebP image.");
		}
		return new LogoImage(type, data);
	}

	/** The image type of these bytes, or null when they are no PNG, JPEG or WebP. */
	static String detect(byte[] data) {
		if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] data, int offset, int... expected) {
		if (data.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((data[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LogoImage logo && logo.contentType.equals(this.contentType)
				&& Arrays.equals(logo.data, this.data);
	}

	@Override
	public int hashCode() {
		return 31 * this.contentType.hashCode() + Arrays.hashCode(this.data);
	}

	@Override
	public String toString() {
		return "LogoImage[" + this.contentType + ", " + this.data.length + " bytes]";
	}

}
