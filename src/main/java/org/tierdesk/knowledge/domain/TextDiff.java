package org.tierdesk.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tierdesk.knowledge.VersionDiff.Kind;
import org.tierdesk.knowledge.VersionDiff.Line;
import org.tierdesk.knowledge.VersionDiff.Part;

/**
 * A line diff of two texts (longest common subsequence after the common start and end),
 * with a word diff inside each pair of changed lines. Texts too large to compare in
 * reasonable time and memory are shown as the old lines removed and the new ones added.
 */
final class TextDiff {

	/** Most cells of a comparison table (lines × lines, or words × words). */
	static final int MAX_CELLS = 2_000_000;

	private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

	private TextDiff() {
	}

	static List<Line> lines(String before, String after) {
		List<String> a = split(before);
		List<String> b = split(after);
		List<Op> ops = diff(a, b);
		List<Line> lines = new ArrayList<>();
		int i = 0;
		while (i < ops.size()) {
			Op op = ops.get(i);
			if (op.kind == Kind.SAME) {
				lines.add(new Line(Kind.SAME, List.of(new Part(Kind.SAME, op.text))));
				i++;
				continue;
			}
			List<String> removed = new ArrayList<>();
			List<String> added = new ArrayList<>();
			while (i < ops.size() && ops.get(i).kind != Kind.SAME) {
				(ops.get(i).kind == Kind.REMOVED ? removed : added).add(ops.get(i).text);
				i++;
			}
			int pairs = Math.min(removed.size(), added.size());
			for (int p = 0; p < pairs; p++) {
				lines.add(new Line(Kind.CHANGED, words(removed.get(p), added.get(p))));
			}
			removed.subList(pairs, removed.size())
				.forEach((t) -> lines.add(new Line(Kind.REMOVED, List.of(new Part(Kind.REMOVED, t)))));
			added.subList(pairs, added.size())
				.forEach((t) -> lines.add(new Line(Kind.ADDED, List.of(new Part(Kind.ADDED, t)))));
		}
		return lines;
	}

	static List<Part> words(String before, String after) {
		List<Op> ops = diff(List.of(TOKENS.split(before, -1)), List.of(TOKENS.split(after, -1)));
		List<Part> parts = new ArrayList<>();
		for (Op op : ops) {
			if (op.text.isEmpty()) {
				continue;
			}
			Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
			if (last != null && last.kind() == op.kind) {
				parts.set(parts.size() - 1, new Part(op.kind, last.text() + op.text));
			}
			else {
				parts.add(new Part(op.kind, op.text));
			}
		}
		return parts;
	}

	private static List<String> split(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return List.of(text.split("\n", -1));
	}

	private record Op(Kind kind, String text) {
	}

	private static List<Op> diff(List<String> a, List<String> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Op> ops = new ArrayList<>();
		for (int i = 0; i < start; i++) {
			ops.add(new Op(Kind.SAME, a.get(i)));
		}
		List<String> midA = a.subList(start, endA);
		List<String> midB = b.subList(start, endB);
		if ((long) midA.size() * midB.size() > MAX_CELLS) {
			midA.forEach((t) -> ops.add(new Op(Kind.REMOVED, t)));
			midB.forEach((t) -> ops.add(new Op(Kind.ADDED, t)));
		}
		else {
			ops.addAll(lcs(midA, midB));
		}
		for (int i = endA; i < a.size(); i++) {
			ops.add(new Op(Kind.SAME, a.get(i)));
		}
		return ops;
	}

	private static List<Op> lcs(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] table = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
						: Math.max(table[i + 1][j], table[i][j + 1]);
			}
		}
		List<Op> ops = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				ops.add(new Op(Kind.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (table[i + 1][j] >= table[i][j + 1]) {
				ops.add(new Op(Kind.REMOVED, a.get(i++)));
			}
			else {
				ops.add(new Op(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < n) {
			ops.add(new Op(Kind.REMOVED, a.get(i++)));
		}
		while (j < m) {
			ops.add(new Op(Kind.ADDED, b.get(j++)));
		}
		return ops;
	}

}
