package io.chainsignal.analytics.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the API's own errors into RFC 9457 problem details; Spring MVC's (unknown route,
 * wrong method, type mismatch) are handled by the inherited handlers the same way.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request parameter");
		problem.setType(URI.create("https://chainsignal.io/problems/invalid-parameter"));
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		problem.setType(URI.create("https://chainsignal.io/problems/not-found"));
		return problem;
	}

}
