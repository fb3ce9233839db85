package org.tierdesk.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.DomainException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Turns business errors that a screen did not handle itself into a friendly error page
 * with the right status.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, ex, response);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, ex, response);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, ex, response);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView concurrentEdit(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		ModelAndView mav = new ModelAndView("error");
		mav.addObject("status", 409);
		mav.addObject("messageKey", "error.concurrentEdit");
		return mav;
	}

	private static ModelAndView page(HttpStatus status, DomainException ex, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView mav = new ModelAndView("error");
		mav.addObject("status", status.value());
		mav.addObject("messageKey", ex.getMessageKey());
		mav.addObject("messageArgs", ex.getArgs());
		mav.addObject("defaultMessage", ex.getMessage());
		return mav;
	}

}
