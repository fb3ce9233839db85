package org.tierdesk.channel.email.outbound.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.channel.email.outbound.OutboundMailManagement;
import org.tierdesk.channel.email.outbound.OutboundMailStatus;
import org.tierdesk.channel.email.outbound.OutboundMailView;
import org.tierdesk.platform.ConflictException;

/**
 * Admin screen of outgoing mail: pending, failed and sent mail with their attempts and
 * errors, and "retry now" for a failed one.
 */
@Controller
@RequestMapping("/admin/mail/outbound")
class AdminOutboundMailController {

	private static final String PAGE = "admin/mail-outbound";

	static final int LIMIT = 100;

	private final OutboundMailManagement outbound;

	AdminOutboundMailController(OutboundMailManagement outbound) {
		this.outbound = outbound;
	}

	@GetMapping
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		OutboundMailStatus current = OutboundMailStatus.fromApiName(status).orElse(OutboundMailStatus.PENDING);
		model.addAttribute("status", current);
		model.addAttribute("statuses", OutboundMailStatus.values());
		model.addAttribute("counts", this.outbound.counts());
		model.addAttribute("mails", this.outbound.list(current, LIMIT));
		model.addAttribute("limit", LIMIT);
		model.addAttribute("configured", this.outbound.sendingConfigured());
		return "true".equals(htmx) ? PAGE + " :: mailList" : PAGE;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		try {
			OutboundMailView mail = this.outbound.retry(id);
			redirect.addFlashAttribute("successKey", "mailout.admin.outbound.retried");
			redirect.addFlashAttribute("successArgs", mail.subject());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
			redirect.addFlashAttribute("errorArgs", ex.getArgs());
		}
		return "redirect:/admin/mail/outbound?status=failed";
	}

}
