package org.tierdesk.desk.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tierdesk.desk.BrandingManagement;

/**
 * The desk's logo for every page, also the sign-in page (so it needs no sign-in). Pages
 * link it with the branding's revision ({@code ?v=}), so browsers may keep it for long.
 */
@Controller
class BrandLogoController {

	private final BrandingManagement branding;

	BrandLogoController(BrandingManagement branding) {
		this.branding = branding;
	}

	@GetMapping("/brand/logo")
	ResponseEntity<byte[]> logo() {
		return this.branding.logo()
			.map((logo) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"logo\"")
				.body(logo.data()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
