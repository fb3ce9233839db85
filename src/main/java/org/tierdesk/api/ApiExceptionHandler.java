package org.tierdesk.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.DomainException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Every API error as RFC 9457 problem details with a message a person understands: 400
 * for bad input (naming the fields), 404 for unknown things, 409 for conflicts and stale
 * versions; never a stack trace. It serves every {@code @RestController}, also those of
 * other modules under {@code /api} (the mail channel's endpoints, for example).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", text(ex), request, null);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Conflict", text(ex), request, null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = null;
		if (ex instanceof FieldValueException field) {
			// a custom field's value: name the field and the rule it breaks
			errors = List.of(Map.of("field", ex.getField(), "rule", field.getRule(), "message", text(ex)));
		}
		else if (ex.getField() != null) {
			errors = List.of(Map.of("field", ex.getField(), "message", text(ex)));
		}
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", text(ex), request, errors);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentEdit(HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Conflict",
				this.messages.getMessage("error.concurrentEdit", null, locale()), request, null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.debug("Integrity violation on {}", request.getRequestURI(), ex);
		return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data.", request, null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The parameter '" + ex.getName() + "' is not valid.",
				request, List.of(Map.of("field", ex.getName(), "message", "Not a valid value.")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale())));
		}
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or not valid.");
		body.setTitle("Invalid input");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && statusCode.value() == 400
				&& ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
			problem.setTitle("Malformed request");
			problem.setDetail("The request body is not valid JSON for this operation.");
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private String text(DomainException ex) {
		return this.messages.getMessage(ex.getMessageKey(), ex.getArgs(), ex.getMessage(), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			HttpServletRequest request, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

}
