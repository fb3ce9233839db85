package org.tierdesk.desk.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;

/**
 * Admin screen for desk-wide settings: the ticket-number format, with a preview that
 * follows the form as the admin types (htmx) or on the Preview button (without
 * JavaScript).
 */
@Controller
@RequestMapping("/admin/settings")
class AdminSettingsController {

	private static final String PAGE = "admin/settings";

	/** The counter shown in the preview; any number makes the padding visible. */
	static final long SAMPLE_COUNTER = 42;

	private final DeskManagement desk;

	private final Clock clock;

	AdminSettingsController(DeskManagement desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		NumberFormatForm form = NumberFormatForm.of(this.desk.numberFormat());
		model.addAttribute("numberFormatForm", form);
		model.addAttribute("preview", preview(form.toFormat()));
		return PAGE;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("numberFormatForm") NumberFormatForm form, BindingResult result,
			@RequestParam(name = "preview", required = false) String previewOnly, Model model,
			RedirectAttributes redirect) {
		TicketNumberFormat format = null;
		if (!result.hasErrors()) {
			try {
				format = form.toFormat();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		if (format != null && previewOnly == null) {
			this.desk.changeNumberFormat(format);
			redirect.addFlashAttribute("successKey", "admin.settings.saved");
			redirect.addFlashAttribute("successArgs", preview(format));
			return "redirect:/admin/settings";
		}
		model.addAttribute("preview", (format != null) ? preview(format) : null);
		return PAGE;
	}

	/** The preview alone, for htmx as the admin types. */
	@GetMapping("/preview")
	String preview(@ModelAttribute("numberFormatForm") NumberFormatForm form, BindingResult result, Model model) {
		String preview = null;
		try {
			preview = preview(form.toFormat());
		}
		catch (InvalidInputException ex) {
			// the preview says the format is not valid yet; the form explains why on save
		}
		model.addAttribute("preview", preview);
		return PAGE + " :: preview";
	}

	private String preview(TicketNumberFormat format) {
		return format.format(SAMPLE_COUNTER, LocalDate.now(this.clock).getYear());
	}

}
