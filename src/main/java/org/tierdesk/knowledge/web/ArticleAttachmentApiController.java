package org.tierdesk.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.ArticleAttachmentView;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.web.KnowledgeApiModels.ItemsJson;

/**
 * Files attached to articles, for agents (portal visitors download the files of published
 * public articles from the help center).
 */
@RestController
@RequestMapping("/api/v1/knowledge/articles/{id}/attachments")
@Tag(name = "Knowledge")
class ArticleAttachmentApiController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	ArticleAttachmentApiController(KnowledgeManagement knowledge, KnowledgeReaders readers) {
		this.knowledge = knowledge;
		this.readers = readers;
	}

	@GetMapping
	@Operation(summary = "The files attached to an article")
	ItemsJson<ArticleAttachmentView> list(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		return new ItemsJson<>(this.knowledge.attachments(id, this.readers.of(user)));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a file (multipart part \"file\")")
	ArticleAttachmentView attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return this.knowledge.attach(id, file.getOriginalFilename(), file.getContentType(), bytes(file),
				this.readers.of(user));
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Download a file (always as an attachment)")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return ArticleFiles.download(this.knowledge.attachment(id, attachmentId, this.readers.of(user)));
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a file")
	void remove(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		this.knowledge.removeAttachment(id, attachmentId, this.readers.of(user));
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the uploaded file", ex);
		}
	}

}
