package org.tierdesk.channel.email.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screen listing the mailboxes with how polling goes, and the actions on one: poll
 * now, delete (after a confirmation page).
 */
@Controller
@RequestMapping("/admin/mailboxes")
class AdminMailboxListController {

	private static final String LIST = "admin/mailboxes";

	private static final String DELETE = "admin/mailbox-delete";

	private final MailboxManagement mailboxes;

	private final DeskManagement desk;

	private final Clock clock;

	AdminMailboxListController(MailboxManagement mailboxes, DeskManagement desk, Clock clock) {
		this.mailboxes = mailboxes;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("mailboxes", this.mailboxes.mailboxes());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("now", this.clock.instant());
		return LIST;
	}

	@PostMapping("/{id}/poll")
	String poll(@PathVariable long id, RedirectAttributes redirect) {
		MailboxView mailbox = mailbox(this.mailboxes, id);
		this.mailboxes.pollSoon(id);
		return done(redirect, "mailbox.pollRequested", mailbox.name());
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("mailbox", mailbox(this.mailboxes, id));
		return DELETE;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		MailboxView mailbox = mailbox(this.mailboxes, id);
		this.mailboxes.delete(id);
		return done(redirect, "mailbox.deleted", mailbox.name());
	}

	static MailboxView mailbox(MailboxManagement mailboxes, long id) {
		return mailboxes.mailbox(id).orElseThrow(() -> new NotFoundException("mailbox.notFound", "No such mailbox."));
	}

	static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		// the layout's flash message takes one argument
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/mailboxes";
	}

}
