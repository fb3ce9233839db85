package org.tierdesk.channel.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TicketReferenceTests {

	final TicketReference reference = new TicketReference("TD");

	@Test
	void shouldFindTicketNumbersAfterReplyPrefixes() {
		assertThat(this.reference.find("Re: [TD-000042] Printer broken")).contains("TD-000042");
		assertThat(this.reference.find("AW: WG: Printer broken TD-2026-000042")).contains("TD-2026-000042");
		assertThat(this.reference.find("Antw: Doorst: [td-42] Printer")).contains("TD-000042");
		assertThat(this.reference.find("Balas: R: I: Vs: Fw: printer [TD-000007]")).contains("TD-000007");
	}

	@Test
	void shouldIgnoreOtherPrefixesAndNumbers() {
		assertThat(this.reference.find("Re: XTD-000042 and ATD-5")).isEmpty();
		assertThat(this.reference.find("Invoice 2026-000042")).isEmpty();
		assertThat(this.reference.find(null)).isEmpty();
		assertThat(new TicketReference("HELP").find("SV: [HELP-000001]")).contains("HELP-000001");
	}

	@Test
	void shouldRefuseABadPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketReference("T-D"));
	}

	@Test
	void shouldStripReplyPrefixesForDisplay() {
		assertThat(
				TicketReference.stripReplyPrefixes("Re: RE: Fwd: AW: WG: SV: VS: Antw: Doorst: R: I: Balas: Printer"))
			.isEqualTo("Printer");
		assertThat(TicketReference.stripReplyPrefixes("Re[2]: Printer")).isEqualTo("Printer");
		assertThat(TicketReference.stripReplyPrefixes("Reminder: pay")).isEqualTo("Reminder: pay");
	}

}
