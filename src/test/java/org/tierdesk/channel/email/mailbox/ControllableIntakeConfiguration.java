package org.tierdesk.channel.email.mailbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;
import org.tierdesk.channel.email.MailIntake;

/**
 * Puts a {@link ControllableIntake} in front of the application's {@link MailIntake}, so
 * tests run the real pipeline and can still make it fail or look on at the right moment.
 * The bean keeps its other interfaces; tests reach the control through
 * {@link Controllable}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ControllableIntakeConfiguration {

	/** The intake bean seen by a test. */
	public interface Controllable {

		ControllableIntake control();

		static ControllableIntake of(MailIntake intake) {
			return ((Controllable) intake).control();
		}

	}

	@Bean
	static BeanPostProcessor controllableIntake() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
				if (!(bean instanceof MailIntake intake) || bean instanceof Controllable) {
					return bean;
				}
				ControllableIntake control = new ControllableIntake(intake);
				Set<Class<?>> interfaces = new LinkedHashSet<>(
						List.of(ClassUtils.getAllInterfacesForClass(bean.getClass())));
				interfaces.add(Controllable.class);
				return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
						(proxy, method, args) -> {
							if (method.getDeclaringClass() == Controllable.class) {
								return control;
							}
							Object target = (method.getDeclaringClass() == MailIntake.class
									&& method.getName().equals("receive")) ? control : bean;
							try {
								return method.invoke(target, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

}
