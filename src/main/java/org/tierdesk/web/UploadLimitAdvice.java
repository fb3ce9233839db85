package org.tierdesk.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the size limit fails before any controller runs: the API answers 413 as
 * problem+json, a screen goes back to the form it came from with a message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Object> tooLarge(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The upload is larger than this desk accepts.");
			problem.setTitle("Upload too large");
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body((Object) problem);
		}
		RequestContextUtils.getOutputFlashMap(request).put("errorKey", "error.uploadTooLarge");
		String referer = request.getHeader("Referer");
		String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
		String target = (referer != null && referer.startsWith(base)) ? referer.substring(base.length() - 1) : "/";
		RequestContextUtils.saveOutputFlashMap(target, request, null);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
	}

}
