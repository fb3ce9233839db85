package org.tierdesk.knowledge.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.SearchRequest;
import org.tierdesk.knowledge.SearchType;
import org.tierdesk.knowledge.web.KnowledgeApiModels.HitJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ItemsJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.RebuildJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.SimilarJson;
import org.tierdesk.platform.InvalidInputException;

/**
 * Search for agents across articles, tickets and solutions; similar solved tickets; the
 * index rebuild for admins.
 */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	SearchApiController(KnowledgeManagement knowledge, KnowledgeReaders readers) {
		this.knowledge = knowledge;
		this.readers = readers;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search articles, tickets and solutions (type=article,ticket,solution), best first")
	ItemsJson<HitJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long tier, @RequestParam(required = false) Long department,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "25") int limit, @AuthenticationPrincipal TierdeskPrincipal user) {
		if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
			throw new InvalidInputException("limit", "knowledge.error.limit", "limit must be between 1 and 100.");
		}
		SearchRequest request = new SearchRequest(q, lang, types(type), status(status), tier, department,
				instant("from", from), instant("to", to), limit);
		return new ItemsJson<>(
				this.knowledge.search(request, this.readers.of(user)).stream().map(HitJson::of).toList());
	}

	@GetMapping("/api/v1/tickets/{number}/similar")
	@Operation(summary = "Resolved tickets whose problem looks like this one's, with their solutions")
	ItemsJson<SimilarJson> similar(@PathVariable String number, @RequestParam(defaultValue = "5") int limit,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		if (limit < 1 || limit > 50) {
			throw new InvalidInputException("limit", "knowledge.error.limit", "limit must be between 1 and 50.");
		}
		return new ItemsJson<>(this.knowledge.similarSolved(number, limit, this.readers.of(user))
			.stream()
			.map(SimilarJson::of)
			.toList());
	}

	@PostMapping("/api/v1/admin/search/rebuild")
	@Operation(summary = "Rebuild the search index from the database (admins)")
	RebuildJson rebuild() {
		return new RebuildJson(this.knowledge.rebuildIndex());
	}

	static Set<SearchType> types(String type) {
		Set<SearchType> types = EnumSet.noneOf(SearchType.class);
		if (type == null || type.isBlank()) {
			return types;
		}
		for (String t : type.split(",")) {
			try {
				types.add(SearchType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("type", "knowledge.error.type",
						"type is article, ticket or solution (comma-separated).");
			}
		}
		return types;
	}

	static String status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String s = status.strip().toLowerCase(Locale.ROOT);
		if (!List.of("new", "open", "pending", "resolved", "closed").contains(s)) {
			throw new InvalidInputException("status", "knowledge.error.ticketStatus",
					"status is new, open, pending, resolved or closed.");
		}
		return s;
	}

	static Instant instant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return (value.length() == 10)
					? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "knowledge.error.date",
					"Dates look like 2026-11-23 or 2026-11-23T10:00:00Z.");
		}
	}

}
