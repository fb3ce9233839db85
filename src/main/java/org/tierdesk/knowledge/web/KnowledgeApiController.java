package org.tierdesk.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.ArticleAction;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.CategoryView;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ArticleItemJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ArticleJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.DiffJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ArticleRequest;
import org.tierdesk.knowledge.web.KnowledgeApiModels.CategoryRequest;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ItemsJson;
import org.tierdesk.knowledge.web.KnowledgeApiModels.TranslationRequest;
import org.tierdesk.knowledge.web.KnowledgeApiModels.VersionJson;
import org.tierdesk.platform.InvalidInputException;

/**
 * Knowledge-base articles through the API. Reading is open to everyone, who sees what
 * their role allows (visitors and customers: published public articles only); writing is
 * for agents. An article one may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
class KnowledgeApiController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	KnowledgeApiController(KnowledgeManagement knowledge, KnowledgeReaders readers) {
		this.knowledge = knowledge;
		this.readers = readers;
	}

	@GetMapping("/articles")
	@Operation(summary = "List articles, or search them with q (in lang first)")
	ItemsJson<ArticleItemJson> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long category, @RequestParam(defaultValue = "25") int limit,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		if (limit < 1 || limit > 100) {
			throw new InvalidInputException("limit", "knowledge.error.limit", "limit must be between 1 and 100.");
		}
		if (q != null && !q.isBlank()) {
			return new ItemsJson<>(this.knowledge.searchArticles(q, lang, this.readers.of(user), limit)
				.stream()
				.map(ArticleItemJson::of)
				.toList());
		}
		return new ItemsJson<>(this.knowledge.list(status(status), category, lang, this.readers.of(user), limit)
			.stream()
			.map(ArticleItemJson::of)
			.toList());
	}

	@PostMapping("/articles")
	@Operation(summary = "Write a new draft article")
	ResponseEntity<ArticleJson> create(@RequestBody ArticleRequest request,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.create(request.toCommand(), this.readers.of(user));
		return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + article.id()))
			.eTag(etag(article))
			.body(ArticleJson.of(article));
	}

	@GetMapping("/articles/{id}")
	@Operation(summary = "Read an article in lang, or in its original language")
	ResponseEntity<ArticleJson> get(@PathVariable long id, @RequestParam(required = false) String lang,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.article(id, lang, this.readers.of(user));
		return ResponseEntity.ok().eTag(etag(article)).body(ArticleJson.of(article));
	}

	@PutMapping("/articles/{id}")
	@Operation(summary = "Change an article's text and settings (If-Match: its ETag)")
	ResponseEntity<ArticleJson> update(@PathVariable long id, @RequestBody ArticleRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.update(id, request.toCommand(), this.readers.of(user), version(ifMatch));
		return ResponseEntity.ok().eTag(etag(article)).body(ArticleJson.of(article));
	}

	@PutMapping("/articles/{id}/translations/{lang}")
	@Operation(summary = "Add or change a translation")
	ResponseEntity<ArticleJson> translate(@PathVariable long id, @PathVariable String lang,
			@RequestBody TranslationRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.saveTranslation(id, lang, request.title(), request.body(),
				this.readers.of(user), version(ifMatch));
		return ResponseEntity.ok().eTag(etag(article)).body(ArticleJson.of(article));
	}

	@PostMapping("/articles/{id}/{action:submit|publish|archive|revise}")
	@Operation(summary = "Move an article through draft → in review → published → archived (revise: back to draft)")
	ResponseEntity<ArticleJson> transition(@PathVariable long id, @PathVariable String action,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.transition(id, ArticleAction.valueOf(action.toUpperCase(Locale.ROOT)),
				this.readers.of(user), version(ifMatch));
		return ResponseEntity.ok().eTag(etag(article)).body(ArticleJson.of(article));
	}

	@GetMapping("/articles/{id}/versions")
	@Operation(summary = "The saved versions of an article, newest first")
	ItemsJson<VersionJson> versions(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		return new ItemsJson<>(
				this.knowledge.versions(id, this.readers.of(user)).stream().map(VersionJson::of).toList());
	}

	@GetMapping("/articles/{id}/versions/{from}/diff/{to}")
	@Operation(summary = "What changed from one version to another: title and body text, line by line and word by word")
	DiffJson diff(@PathVariable long id, @PathVariable int from, @PathVariable int to,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return DiffJson.of(this.knowledge.diff(id, from, to, this.readers.of(user)));
	}

	@PostMapping("/articles/{id}/versions/{number}/restore")
	@Operation(summary = "Bring back the text of an earlier version")
	ResponseEntity<ArticleJson> restore(@PathVariable long id, @PathVariable int number,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		ArticleView article = this.knowledge.restore(id, number, this.readers.of(user), version(ifMatch));
		return ResponseEntity.ok().eTag(etag(article)).body(ArticleJson.of(article));
	}

	@GetMapping("/categories")
	@Operation(summary = "The category tree, depth first")
	List<CategoryView> categories() {
		return this.knowledge.categories();
	}

	@PostMapping("/categories")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a category (agents)")
	CategoryView addCategory(@RequestBody CategoryRequest request, @AuthenticationPrincipal TierdeskPrincipal user) {
		if (!this.readers.of(user).isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("agents only");
		}
		return this.knowledge.addCategory(request.name(), request.parent());
	}

	static ArticleStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "knowledge.error.status",
					"Status is draft, in-review, published or archived.");
		}
	}

	static String etag(ArticleView article) {
		return "\"" + article.version() + "\"";
	}

	static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		try {
			return Long.parseLong(value.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("If-Match", "knowledge.error.ifMatch",
					"If-Match must be the article's ETag, e.g. \"3\".");
		}
	}

}
