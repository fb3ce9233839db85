package org.tierdesk.api;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.desk.TextManagement;
import org.tierdesk.desk.TextView;

/**
 * The texts of the screens and mails for admins: find them, replace them with the desk's
 * own per language, go back to the standard text.
 */
@RestController
@RequestMapping("/api/v1/admin/texts")
@Tag(name = "Texts", description = "Own texts instead of the standard ones, per language (role admin)")
class TextApiController {

	private final TextManagement texts;

	TextApiController(TextManagement texts) {
		this.texts = texts;
	}

	@GetMapping
	@Operation(summary = "Texts of a language whose key or words contain q (ignoring case)")
	List<TextView> search(@RequestParam(name = "language", defaultValue = "en") String language,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "overridden", defaultValue = "false") boolean overridden) {
		return this.texts.search(query, language, overridden);
	}

	@GetMapping("/{language}/{key}")
	@Operation(summary = "One text")
	TextView text(@PathVariable String language, @PathVariable String key) {
		return this.texts.text(key, language);
	}

	@PutMapping("/{language}/{key}")
	@Operation(summary = "Set the desk's own text; it shows at once, without a restart")
	TextView override(@PathVariable String language, @PathVariable String key, @RequestBody TextRequest request,
			Principal admin) {
		return this.texts.override(key, language, request.text(), admin.getName());
	}

	@DeleteMapping("/{language}/{key}")
	@Operation(summary = "Go back to the standard text")
	TextView reset(@PathVariable String language, @PathVariable String key) {
		return this.texts.reset(key, language);
	}

	/** The desk's own text. */
	record TextRequest(String text) {
	}

}
