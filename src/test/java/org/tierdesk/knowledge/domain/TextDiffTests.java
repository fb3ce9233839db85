package org.tierdesk.knowledge.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tierdesk.knowledge.ArticleText;
import org.tierdesk.knowledge.VersionDiff.Kind;
import org.tierdesk.knowledge.VersionDiff.Line;
import org.tierdesk.knowledge.VersionDiff.Part;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	@Test
	void shouldKeepSameLinesAndShowAddedAndRemovedOnes() {
		List<Line> lines = TextDiff.lines("one\ntwo\nthree", "one\nthree\nfour");
		assertThat(lines).extracting(Line::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.SAME, Kind.ADDED);
		assertThat(lines.get(1).parts()).containsExactly(new Part(Kind.REMOVED, "two"));
	}

	@Test
	void shouldDiffWordsWithinAChangedLine() {
		List<Line> lines = TextDiff.lines("Hold the power button", "Hold the reset button");
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.kind()).isEqualTo(Kind.CHANGED);
			assertThat(line.parts()).containsExactly(new Part(Kind.SAME, "Hold the "), new Part(Kind.REMOVED, "power"),
					new Part(Kind.ADDED, "reset"), new Part(Kind.SAME, " button"));
		});
	}

	@Test
	void shouldHandleEmptyTextsAndHugeOnesWithoutExhaustingMemory() {
		assertThat(TextDiff.lines("", "new")).extracting(Line::kind).containsExactly(Kind.ADDED);
		assertThat(TextDiff.lines("old", "")).extracting(Line::kind).containsExactly(Kind.REMOVED);
		assertThat(TextDiff.lines("same", "same")).extracting(Line::kind).containsExactly(Kind.SAME);
		String a = IntStream.range(0, 3000).mapToObj((i) -> "a" + i).collect(Collectors.joining("\n"));
		String b = IntStream.range(0, 3000).mapToObj((i) -> "b" + i).collect(Collectors.joining("\n"));
		List<Line> lines = TextDiff.lines(a, b);
		assertThat(lines).hasSize(3000);
		assertThat(lines).allMatch((l) -> l.kind() == Kind.CHANGED);
	}

	@Test
	void shouldTurnArticleHtmlIntoReadableText() {
		String text = ArticleText.of("Reset",
				"<h2>Steps</h2><ol><li>Hold <b>power</b></li><li>Wait</li></ol><p>See <a href=\"https://x.example\">the guide</a></p>"
						+ "<table><tr><td>A</td><td>B</td></tr></table><pre>code  kept</pre>");
		assertThat(text)
			.isEqualTo("Reset\n\nSteps\n- Hold power\n- Wait\nSee the guide (https://x.example)\nA | B\ncode  kept");
	}

}
