package org.tierdesk.api;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.desk.BrandingView;
import org.tierdesk.desk.LogoImage;
import org.tierdesk.desk.SaveBrandingCommand;
import org.tierdesk.platform.InvalidInputException;

/**
 * The branding for admins: names, colours, welcome texts and signatures as JSON, the logo
 * as a file; a preview that checks a change without saving it.
 */
@RestController
@RequestMapping("/api/v1/admin/branding")
@Tag(name = "Branding", description = "Product name, logo, colours, portal welcome texts, mail signatures (role admin)")
class BrandingApiController {

	private final BrandingManagement branding;

	BrandingApiController(BrandingManagement branding) {
		this.branding = branding;
	}

	@GetMapping
	@Operation(summary = "The branding in use; the ETag is its revision")
	ResponseEntity<BrandingResponse> get() {
		return respond(this.branding.branding());
	}

	@PutMapping
	@Operation(summary = "Replace names, colours, welcome texts and signatures (not the logo); "
			+ "If-Match with the ETag refuses a change made in between (409)")
	ResponseEntity<BrandingResponse> save(@RequestBody BrandingRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal admin) {
		return respond(
				this.branding.save(request.toCommand(), TicketApiController.version(ifMatch, null), admin.getName()));
	}

	@PostMapping("/preview")
	@Operation(summary = "Check a change and show the branding it would give, without saving it")
	BrandingResponse preview(@RequestBody BrandingRequest request) {
		return BrandingResponse.of(this.branding.branding().with(request.toCommand()));
	}

	@PutMapping(path = "/logo", consumes = "multipart/form-data")
	@Operation(summary = "Replace the logo (form field 'file': PNG, JPEG or WebP, at most 512 KB; SVG is refused)")
	ResponseEntity<BrandingResponse> logo(@RequestParam(name = "file", required = false) MultipartFile file,
			Principal admin) {
		if (file == null) {
			throw new InvalidInputException("file", "validation.required", "This field is required.");
		}
		byte[] data;
		try {
			data = file.getBytes();
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "branding.error.logoEmpty", "Choose an image file.");
		}
		return respond(this.branding.changeLogo(LogoImage.of(data), admin.getName()));
	}

	@DeleteMapping("/logo")
	@Operation(summary = "Go back to the Tierdesk logo")
	ResponseEntity<BrandingResponse> removeLogo(Principal admin) {
		return respond(this.branding.removeLogo(admin.getName()));
	}

	private static ResponseEntity<BrandingResponse> respond(BrandingView view) {
		return ResponseEntity.ok().eTag("\"" + view.revision() + "\"").body(BrandingResponse.of(view));
	}

	/** A change of the branding; absent or empty values mean Tierdesk's own. */
	record BrandingRequest(String productName, String primaryColor, String sidebarColor,
			Map<String, String> welcomeTexts, String defaultSignature, Map<Long, String> signatures) {

		SaveBrandingCommand toCommand() {
			return new SaveBrandingCommand(this.productName, this.primaryColor, this.sidebarColor, this.welcomeTexts,
					this.defaultSignature, this.signatures);
		}

	}

	/**
	 * The branding: what is set (null: Tierdesk's own) and the colours in use; the logo's
	 * address when there is one.
	 */
	record BrandingResponse(String productName, String primaryColor, String sidebarColor, String effectivePrimaryColor,
			String effectiveSidebarColor, String logoUrl, String logoContentType, Map<String, String> welcomeTexts,
			String defaultSignature, Map<Long, String> signatures, long revision, Instant updatedAt, String updatedBy) {

		static BrandingResponse of(BrandingView view) {
			return new BrandingResponse(view.productName(), view.primaryColor(), view.sidebarColor(),
					view.primary().value(), view.sidebar().value(),
					view.hasLogo() ? "/brand/logo?v=" + view.revision() : null, view.logoContentType(),
					new TreeMap<>(view.welcomeTexts()), view.defaultSignature(), new TreeMap<>(view.signatures()),
					view.revision(), view.updatedAt(), view.updatedBy());
		}

	}

}
