package org.tierdesk.desk.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's {@code messageSource}: admins' own texts first, then the bundles
 * named by {@code spring.messages.*} (set up as Spring Boot would; Boot's own message
 * source steps back because this bean has its name).
 */
@Configuration(proxyBeanMethods = false)
class TextConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties, ObjectProvider<TextOverrides> overrides) {
		OverridingMessageSource source = new OverridingMessageSource(overrides);
		source.setParentMessageSource(bundles(properties));
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	static ResourceBundleMessageSource bundles(MessageSourceProperties properties) {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames(properties.getBasename().toArray(String[]::new));
		bundles.setDefaultEncoding(properties.getEncoding().name());
		bundles.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			bundles.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		bundles.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		return bundles;
	}

}
