package org.tierdesk.knowledge.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tierdesk.knowledge.QuestionLog;
import org.tierdesk.knowledge.QuestionStats;
import org.tierdesk.knowledge.QuestionView;
import org.tierdesk.platform.InvalidInputException;

/**
 * The question log for agents: what customers ask the help center, which questions find
 * no answer (knowledge gaps), and how many end without a ticket; on a screen, as CSV and
 * in the API.
 */
@Controller
class AgentQuestionController {

	static final int MAX_ROWS = 10_000;

	private final QuestionLog questions;

	AgentQuestionController(QuestionLog questions) {
		this.questions = questions;
	}

	@GetMapping("/agent/knowledge/questions")
	String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "false") boolean unanswered, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("unanswered", unanswered);
		try {
			Instant start = SearchApiController.instant("from", from);
			Instant end = SearchApiController.instant("to", to);
			model.addAttribute("stats", this.questions.stats(start, end));
			model.addAttribute("questions", this.questions.questions(start, end, unanswered, 200));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("stats", new QuestionStats(0, 0, 0, 0, 0));
			model.addAttribute("questions", List.of());
			model.addAttribute("errorKey", ex.getMessageKey());
		}
		return "knowledge/questions";
	}

	@GetMapping("/agent/knowledge/questions.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "false") boolean unanswered) {
		List<QuestionView> rows = this.questions.questions(SearchApiController.instant("from", from),
				SearchApiController.instant("to", to), unanswered, MAX_ROWS);
		StringBuilder csv = new StringBuilder("asked_at,language,source,query,results,opened_article,outcome\r\n");
		for (QuestionView q : rows) {
			csv.append(q.createdAt())
				.append(',')
				.append(q.language())
				.append(',')
				.append(q.source())
				.append(',')
				.append(cell(q.query()))
				.append(',')
				.append(q.results())
				.append(',')
				.append((q.openedArticleId() != null) ? q.openedArticleId() : "")
				.append(',')
				.append((q.outcome() != null) ? q.outcome() : "")
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"questions.csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/v1/knowledge/questions")
	@ResponseBody
	@Operation(summary = "The question log (agents): counts and the newest questions", tags = "Knowledge")
	QuestionsJson api(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "false") boolean unanswered, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInputException("limit", "knowledge.error.limit", "limit must be between 1 and 1000.");
		}
		Instant start = SearchApiController.instant("from", from);
		Instant end = SearchApiController.instant("to", to);
		QuestionStats stats = this.questions.stats(start, end);
		return new QuestionsJson(stats, stats.deflectionRate(),
				this.questions.questions(start, end, unanswered, limit));
	}

	/**
	 * A CSV cell: quoted, and never starting like a formula (a spreadsheet would run it).
	 */
	static String cell(String value) {
		String v = (value != null) ? value : "";
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

	record QuestionsJson(QuestionStats counts, long deflectionRate, List<QuestionView> items) {
	}

}
