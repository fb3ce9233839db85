package org.tierdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: the user's choice (a {@code ?lang=} switch kept in a cookie), else the
 * browser's, else English. Static files: only under their own folders (see
 * {@link #addResourceHandlers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"),
			Locale.forLanguageTag("id"), Locale.ITALIAN, Locale.forLanguageTag("fi"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tierdesk-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> {
			Locale requested = request.getLocale();
			return SUPPORTED.stream()
				.filter((supported) -> supported.getLanguage().equals(requested.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Serves {@code static/css}, {@code static/js}, {@code static/img} and the WebJars
	 * (version-less paths resolved, links rewritten to the versioned path) instead of
	 * Spring Boot's default {@code /**} mapping, which is switched off with
	 * {@code spring.web.resources.add-mappings=false}. Reason: with a resource chain (on
	 * because the WebJars locator is present) every link a page renders is passed to the
	 * resource handlers to be versioned; a {@code /**} handler matches every link and
	 * looks it up on the class path (four locations in every jar of the application)
	 * without caching misses, which was two thirds of the CPU time of the agent queue
	 * page (docs/performance.md).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "js", "img")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
