package org.tierdesk.knowledge.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierdesk.knowledge.QuestionLog;

/**
 * Web wiring of the knowledge module that is not a controller.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeWebConfiguration {

	@Bean
	FilterRegistrationBean<TicketFollowedFilter> ticketFollowedFilter(QuestionLog questions) {
		FilterRegistrationBean<TicketFollowedFilter> registration = new FilterRegistrationBean<>(
				new TicketFollowedFilter(questions));
		registration.addUrlPatterns("/portal/new");
		return registration;
	}

}
