package org.tierdesk.knowledge.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tierdesk.knowledge.ArticleFile;

/**
 * An article's file as a response: always a download (never shown in the page), its name
 * encoded for any browser, and no content sniffing.
 */
final class ArticleFiles {

	private ArticleFiles() {
	}

	static ResponseEntity<byte[]> download(ArticleFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.body(file.data());
	}

}
