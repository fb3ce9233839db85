package org.tierdesk.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The JSON shapes of the ticket API.
 */
final class TicketApiModels {

	private TicketApiModels() {
	}

	record RequesterJson(@NotBlank @Email @Size(max = 254) String email, @Size(max = 200) String name) {
	}

	record CreateTicketRequest(@NotBlank @Size(max = 200) String subject,
			@NotBlank @Size(max = 100_000) String description, @NotNull @Valid RequesterJson requester, String channel,
			String priority, String department, Map<String, Object> fields) {
	}

	record UpdateTicketRequest(String priority, String assignee, String department, String status, Long version,
			Map<String, Object> fields) {
	}

	record MessageRequest(@NotBlank @Size(max = 100_000) String body, Boolean internal) {
	}

	record NoteRequest(@NotBlank @Size(max = 4_000) String note, Long version) {
	}

	record ResolveRequest(@NotBlank @Size(max = 50_000) String solution, @Size(max = 50_000) String cause,
			Long version) {
	}

	record VersionRequest(Long version) {
	}

	record EscalationJson(String note, String by, Instant at, String fromTier, boolean sentBack) {
	}

	record TicketJson(String number, String subject, String status, String priority, int tier, String tierName,
			String department, String channel, RequesterJson requester, String assignee, String assigneeName,
			Instant createdAt, Instant updatedAt, String solution, String cause, String resolvedBy, Instant resolvedAt,
			EscalationJson escalation, long version, Map<String, Object> fields) {
	}

	record TicketPageJson(List<TicketJson> items, int page, int size, boolean hasNext) {
	}

	record AttachmentJson(long id, String filename, String contentType, long size, boolean inline, String contentId) {
	}

	record AuthorJson(String email, String name, String type) {
	}

	record MessageJson(long id, AuthorJson from, List<String> to, List<String> cc, String subject, String bodyText,
			String bodyHtml, boolean internal, String channel, Instant createdAt, String messageId,
			String threadingReason, String threadingDetail, Integer quotedFrom, List<AttachmentJson> attachments) {
	}

	record HistoryJson(String action, String actor, String oldValue, String newValue, String note, Instant at) {
	}

	record SolutionJson(String number, String subject, String solution, String cause, String resolvedBy,
			Instant resolvedAt, String tier, String status) {
	}

	record TokenRequest(@Size(max = 100) String name) {
	}

	record TokenJson(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, String token) {
	}

}
