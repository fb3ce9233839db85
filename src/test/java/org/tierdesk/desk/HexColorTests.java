package org.tierdesk.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HexColorTests {

	@Test
	void shouldNormaliseToLowerCase() {
		assertThat(HexColor.of("primaryColor", " #8B1A1A ").value()).isEqualTo("#8b1a1a");
	}

	@ParameterizedTest
	@ValueSource(strings = { "red", "#fff", "#12345", "#1234567", "8b1a1a", "#gg0000", "#8b1a1a;}body{x:y",
			"expression(alert(1))" })
	void shouldRefuseWhatIsNoHexColour(String value) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> HexColor.of("primaryColor", value))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("primaryColor");
				assertThat(ex.getMessageKey()).isEqualTo("branding.error.color");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "#ffffff", "#ffff00", "#f5f6fa", "#a0c4ff" })
	void shouldRefuseColoursTooLightForWhiteText(String value) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> HexColor.of("sidebarColor", value))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("branding.error.contrast"));
	}

	@Test
	void shouldAcceptTheDefaultsAndDeriveShades() {
		assertThat(BrandingView.DEFAULT_PRIMARY.contrastWithWhite()).isGreaterThan(HexColor.MIN_CONTRAST);
		assertThat(new HexColor("#000000").contrastWithWhite()).isEqualTo(21.0);
		assertThat(new HexColor("#ffffff").contrastWithWhite()).isEqualTo(1.0);
		assertThat(new HexColor("#3b5bdb").darker().value()).isEqualTo("#324dba");
		assertThat(new HexColor("#3b5bdb").soft().value()).isEqualTo("#ebeffb");
	}

}
