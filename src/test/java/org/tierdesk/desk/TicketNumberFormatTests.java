package org.tierdesk.desk;

import org.junit.jupiter.api.Test;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketNumberFormatTests {

	@Test
	void shouldFormatWithPrefixPaddingAndOptionalYear() {
		assertThat(new TicketNumberFormat("td", false, 6).format(42, 2026)).isEqualTo("TD-000042");
		assertThat(new TicketNumberFormat("HD", true, 4).format(42, 2026)).isEqualTo("HD-2026-0042");
		assertThat(new TicketNumberFormat("X", false, 2).format(12345, 2026)).isEqualTo("X-12345");
	}

	@Test
	void shouldRefuseBadPrefixOrPadding() {
		assertThatThrownBy(() -> new TicketNumberFormat("1AB", false, 6)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new TicketNumberFormat("", false, 6)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new TicketNumberFormat("TOOLONGPREFIX", false, 6))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new TicketNumberFormat("TD", false, 0)).isInstanceOf(InvalidInputException.class);
	}

}
