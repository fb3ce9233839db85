package org.tierdesk.knowledge.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.platform.InvalidInputException;

/**
 * Files attached to an article, on the agent's article page.
 */
@Controller
@RequestMapping("/agent/knowledge/{id}/attachments")
class AgentArticleAttachmentController {

	private final KnowledgeManagement knowledge;

	private final KnowledgeReaders readers;

	AgentArticleAttachmentController(KnowledgeManagement knowledge, KnowledgeReaders readers) {
		this.knowledge = knowledge;
		this.readers = readers;
	}

	@PostMapping
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		try {
			if (file == null) {
				throw new InvalidInputException("file", "knowledge.error.attachmentName", "Choose a file to upload.");
			}
			this.knowledge.attach(id, file.getOriginalFilename(), file.getContentType(),
					ArticleAttachmentApiController.bytes(file), this.readers.of(user));
			redirect.addFlashAttribute("successKey", "knowledge.attachments.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
			redirect.addFlashAttribute("errorArgs", ex.getArgs());
		}
		return "redirect:/agent/knowledge/" + id;
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return ArticleFiles.download(this.knowledge.attachment(id, attachmentId, this.readers.of(user)));
	}

	@PostMapping("/{attachmentId}/remove")
	String remove(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		this.knowledge.removeAttachment(id, attachmentId, this.readers.of(user));
		redirect.addFlashAttribute("successKey", "knowledge.attachments.removed");
		return "redirect:/agent/knowledge/" + id;
	}

}
