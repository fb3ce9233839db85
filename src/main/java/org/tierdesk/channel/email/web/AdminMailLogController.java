package org.tierdesk.channel.email.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailIntakeException;
import org.tierdesk.channel.email.MailKind;
import org.tierdesk.platform.DomainException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screens of received mail that did not simply become a ticket: the quarantine
 * (mail that could not be processed) and automated mail (auto-replies, bounces, reports,
 * bulk, own mail come back, mail held by the per-sender limit). A kept mail can be
 * downloaded, processed again, promoted to a ticket or discarded.
 */
@Controller
@RequestMapping("/admin/mail")
class AdminMailLogController {

	static final int PAGE_SIZE = 25;

	static final Set<IntakeOutcome> QUARANTINE = EnumSet.of(IntakeOutcome.QUARANTINED);

	static final Set<IntakeOutcome> AUTOMATED = EnumSet.of(IntakeOutcome.AUTOMATED, IntakeOutcome.BOUNCE,
			IntakeOutcome.LOOP, IntakeOutcome.RATE_LIMITED);

	private final InboundMailLog log;

	private final MailIntake intake;

	AdminMailLogController(InboundMailLog log, MailIntake intake) {
		this.log = log;
		this.intake = intake;
	}

	@GetMapping("/quarantine")
	String quarantine(@RequestParam(defaultValue = "0") int page, Model model) {
		return list(QUARANTINE, page, model, "admin/mail-quarantine");
	}

	@GetMapping("/automated")
	String automated(@RequestParam(defaultValue = "0") int page, Model model) {
		return list(AUTOMATED, page, model, "admin/mail-automated");
	}

	@GetMapping("/inbound/{id}")
	String detail(@PathVariable long id, Model model) {
		InboundMailView mail = find(id);
		MailHeaderSummary[] headers = { new MailHeaderSummary(List.of()) };
		boolean kept = this.log.readRaw(id, (in) -> headers[0] = MailHeaderSummary.read(in));
		model.addAttribute("mail", mail);
		model.addAttribute("headers", headers[0].fields());
		model.addAttribute("kept", kept);
		model.addAttribute("list", QUARANTINE.contains(mail.outcome()) ? "quarantine" : "automated");
		model.addAttribute("canReprocess", kept && mail.outcome() == IntakeOutcome.QUARANTINED);
		model.addAttribute("canPromote", kept && promotable(mail));
		model.addAttribute("canDiscard", discardable(mail));
		return "admin/mail-detail";
	}

	@GetMapping("/inbound/{id}/original")
	void original(@PathVariable long id, HttpServletResponse response) {
		find(id);
		MailOriginals.send(this.log, id, "mail-" + id + ".eml", response);
	}

	@PostMapping("/inbound/{id}/reprocess")
	String reprocess(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		return processed(id, redirect, () -> this.intake.reprocess(id));
	}

	@PostMapping("/inbound/{id}/promote")
	String promote(@PathVariable long id, RedirectAttributes redirect) {
		if (!promotable(find(id))) {
			redirect.addFlashAttribute("errorKey", "mail.admin.notPromotable");
			return detailPage(id);
		}
		return processed(id, redirect, () -> this.intake.promote(id));
	}

	@PostMapping("/inbound/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		InboundMailView mail = find(id);
		try {
			this.log.discard(id);
			redirect.addFlashAttribute("successKey", "mail.admin.discarded");
			return "redirect:/admin/mail/" + (QUARANTINE.contains(mail.outcome()) ? "quarantine" : "automated");
		}
		catch (DomainException ex) {
			return failed(ex, id, redirect);
		}
	}

	private String list(Set<IntakeOutcome> outcomes, int page, Model model, String view) {
		int current = Math.max(0, page);
		List<InboundMailView> found = this.log.list(outcomes, current, PAGE_SIZE);
		model.addAttribute("mails", found.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		model.addAttribute("counts", this.log.counts());
		model.addAttribute("outcomes", IntakeOutcome.values());
		return view;
	}

	private String processed(long id, RedirectAttributes redirect, Processing processing) {
		try {
			IntakeResult result = processing.run();
			redirect.addFlashAttribute("successKey",
					"mail.admin.result." + result.outcome().name().toLowerCase(Locale.ROOT));
			redirect.addFlashAttribute("successArgs", new Object[] { result.ticketNumber(), result.reason() });
			return detailPage((result.inboundMailId() != null) ? result.inboundMailId() : id);
		}
		catch (DomainException ex) {
			return failed(ex, id, redirect);
		}
		catch (MailIntakeException ex) {
			redirect.addFlashAttribute("errorKey", "mail.admin.intakeUnavailable");
			return detailPage(id);
		}
	}

	private static String failed(DomainException ex, long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", ex.getMessageKey());
		redirect.addFlashAttribute("errorArgs", ex.getArgs());
		return detailPage(id);
	}

	private static String detailPage(long id) {
		return "redirect:/admin/mail/inbound/" + id;
	}

	/** Bulk or list mail a person may have written, and mail held by the sender limit. */
	private static boolean promotable(InboundMailView mail) {
		return (mail.outcome() == IntakeOutcome.AUTOMATED && MailKind.BULK_OR_LIST.name().equals(mail.kind()))
				|| mail.outcome() == IntakeOutcome.RATE_LIMITED;
	}

	private static boolean discardable(InboundMailView mail) {
		return mail.outcome() == IntakeOutcome.QUARANTINED || mail.outcome() == IntakeOutcome.AUTOMATED
				|| mail.outcome() == IntakeOutcome.RATE_LIMITED;
	}

	private InboundMailView find(long id) {
		return this.log.find(id)
			.orElseThrow(() -> new NotFoundException("mail.notFound", "There is no received mail {0}.", id));
	}

	@FunctionalInterface
	interface Processing {

		IntakeResult run();

	}

}
