package org.tierdesk.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.api.TicketApiModels.TokenJson;
import org.tierdesk.api.TicketApiModels.TokenRequest;
import org.tierdesk.identity.CreatedApiToken;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;

/**
 * The caller's personal API tokens.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "API tokens")
class TokenApiController {

	private final IdentityManagement identity;

	TokenApiController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	@Operation(summary = "My API tokens (never the secrets)")
	List<TokenJson> list(@AuthenticationPrincipal TierdeskPrincipal user) {
		return this.identity.apiTokens(user.id())
			.stream()
			.map((t) -> new TokenJson(t.id(), t.name(), t.hint(), t.createdAt(), t.lastUsedAt(), null))
			.toList();
	}

	@PostMapping
	@Operation(summary = "Create a token; its secret is in the answer, once")
	ResponseEntity<TokenJson> create(@Valid @RequestBody(required = false) TokenRequest request,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		CreatedApiToken created = this.identity.createApiToken(user.id(), (request != null) ? request.name() : null);
		var t = created.token();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TokenJson(t.id(), t.name(), t.hint(), t.createdAt(), t.lastUsedAt(), created.secret()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a token")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		this.identity.revokeApiToken(user.id(), id);
		return ResponseEntity.noContent().build();
	}

}
