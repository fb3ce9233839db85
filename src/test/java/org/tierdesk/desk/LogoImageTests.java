package org.tierdesk.desk;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LogoImageTests {

	@Test
	void shouldRecogniseImagesByTheirFirstBytes() {
		assertThat(LogoImage.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)).contentType())
			.isEqualTo("image/png");
		assertThat(LogoImage.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0)).contentType()).isEqualTo("image/jpeg");
		assertThat(LogoImage.of(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P')).contentType())
			.isEqualTo("image/webp");
	}

	@Test
	void shouldRefuseSvgHtmlAndOtherFiles() {
		for (String text : new String[] { "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
				"<?xml version=\"1.0\"?><svg/>", "<html><script>alert(1)</script></html>", "GIF89a", "RIFF1234WAVE" }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> LogoImage.of(text.getBytes(StandardCharsets.UTF_8)))
				.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("branding.error.logoType"));
		}
	}

	@Test
	void shouldRefuseEmptyAndOversizedFiles() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> LogoImage.of(new byte[0]))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("branding.error.logoEmpty"));
		byte[] big = new byte[LogoImage.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> LogoImage.of(big))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("branding.error.logoTooLarge"));
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
