package org.tierdesk.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.platform.Languages;

/**
 * Languages and time zones: see {@link UserLocaleResolver} (a {@code ?lang=} switch
 * changes the language). Static files: only under their own folders (see
 * {@link #addResourceHandlers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = Languages.SUPPORTED;

	/** The language switcher's parameter: {@code ?lang=fi}. */
	static final String SWITCH_PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver(IdentityManagement identity, @Value("${tierdesk.web.time-zone:}") String zone) {
		return new UserLocaleResolver(identity, zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(SWITCH_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		// there "lang" is an article's language, which must not change the language of
		// the screens (nor a signed-in user's setting); the API follows Accept-Language
		registry.addInterceptor(interceptor).excludePathPatterns("/agent/knowledge/**", "/api/**");
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
