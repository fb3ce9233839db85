package org.tierdesk.channel.email.mailbox;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.tierdesk.channel.email.MailIntake;

/**
 * Wraps the application's {@link MailIntake} in a {@link ControllableIntake}, so tests
 * run the real pipeline and can still make it fail or look on at the right moment.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ControllableIntakeConfiguration {

	@Bean
	static BeanPostProcessor controllableIntake() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				return (bean instanceof MailIntake intake && !(bean instanceof ControllableIntake))
						? new ControllableIntake(intake) : bean;
			}
		};
	}

	// TODO remove when the real MailIntake is on main
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(MailIntake.class)
	ControllableIntake recordingIntake() {
		return new ControllableIntake(null);
	}

}
