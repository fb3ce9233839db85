package org.tierdesk.desk.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Base64;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.desk.BrandingView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.LogoImage;
import org.tierdesk.desk.SaveBrandingCommand;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.DomainException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;

/**
 * Admin screen for the branding: product name, logo, colours, portal welcome texts and
 * mail signatures, with a preview before saving (the Preview button shows the result
 * without storing anything).
 */
@Controller
@RequestMapping("/admin/branding")
class AdminBrandingController {

	private static final String PAGE = "admin/branding";

	private final BrandingManagement branding;

	private final DeskManagement desk;

	AdminBrandingController(BrandingManagement branding, DeskManagement desk) {
		this.branding = branding;
		this.desk = desk;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("brandingForm", BrandingForm.of(this.branding.branding()));
		return page(model);
	}

	@PostMapping
	String save(@ModelAttribute("brandingForm") BrandingForm form, BindingResult result,
			@RequestParam(name = "preview", required = false) String previewOnly, Principal admin, Model model,
			RedirectAttributes redirect) {
		SaveBrandingCommand command = null;
		LogoImage logo = null;
		try {
			command = form.toCommand();
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
		}
		try {
			logo = logo(form);
		}
		catch (InvalidInputException ex) {
			reject(result, ex);
		}
		form.setPendingLogo((logo != null) ? Base64.getEncoder().encodeToString(logo.data()) : null);
		if (command != null && !result.hasErrors() && previewOnly == null) {
			try {
				String by = (admin != null) ? admin.getName() : null;
				this.branding.save(command, form.getRevision(), by);
				if (logo != null) {
					this.branding.changeLogo(logo, by);
				}
				else if (form.isRemoveLogo()) {
					this.branding.removeLogo(by);
				}
				redirect.addFlashAttribute("successKey", "branding.saved");
				return "redirect:/admin/branding";
			}
			catch (InvalidInputException | ConflictException ex) {
				reject(result, ex);
			}
		}
		if (command != null && !result.hasErrors()) {
			BrandingView current = this.branding.branding();
			model.addAttribute("preview", current.with(command));
			model.addAttribute("previewLogo",
					(logo != null) ? "data:" + logo.contentType() + ";base64," + form.getPendingLogo()
							: (form.isRemoveLogo() ? "" : null));
		}
		return page(model);
	}

	/** The new logo: a file chosen now, else one chosen for an earlier preview. */
	private static LogoImage logo(BrandingForm form) {
		if (form.getLogo() != null && !form.getLogo().isEmpty()) {
			try {
				return LogoImage.of(form.getLogo().getBytes());
			}
			catch (IOException ex) {
				throw new InvalidInputException("logo", "branding.error.logoEmpty", "Choose an image file.");
			}
		}
		if (form.getPendingLogo() != null && !form.getPendingLogo().isBlank()) {
			try {
				return LogoImage.of(Base64.getDecoder().decode(form.getPendingLogo().strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("logo", "branding.error.logoType",
						"The logo must be a PNG, JPEG or WebP image.");
			}
		}
		return null;
	}

	private static void reject(BindingResult result, DomainException ex) {
		String field = (ex instanceof InvalidInputException invalid) ? invalid.getField() : null;
		if (field != null && !field.equals("logo") && !field.equals("signatures") && !field.equals("welcomeTexts")) {
			result.rejectValue(field, ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
		else if ("logo".equals(field)) {
			result.rejectValue("pendingLogo", ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
	}

	private String page(Model model) {
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("brandingLanguages", Languages.SUPPORTED);
		model.addAttribute("logoMaxKb", LogoImage.MAX_BYTES / 1024);
		return PAGE;
	}

}
