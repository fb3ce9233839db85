package org.tierdesk.knowledge;

import org.junit.jupiter.api.Test;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeLanguagesTests {

	@Test
	void shouldAcceptTheFiveLanguagesAndTheirRegionalTags() {
		assertThat(KnowledgeLanguages.normalize("nl-BE")).isEqualTo("nl");
		assertThat(KnowledgeLanguages.normalize("in")).isEqualTo("id");
		assertThat(KnowledgeLanguages.normalize("FI")).isEqualTo("fi");
		assertThat(KnowledgeLanguages.normalize("de")).isNull();
		assertThat(KnowledgeLanguages.normalize("'; drop")).isNull();
		assertThat(KnowledgeLanguages.orEnglish(null)).isEqualTo("en");
		assertThatThrownBy(() -> KnowledgeLanguages.require("xx", "language"))
			.isInstanceOf(InvalidInputException.class);
	}

}
