package org.tierdesk.channel.email.mailbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.support.H2ApplicationTest;

/**
 * The whole application on H2 with the intake under the test's control, checking for due
 * mailboxes several times a second and giving up on silent mail servers after 3 seconds
 * (one shared application for all such tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@H2ApplicationTest
@Import(ControllableIntakeConfiguration.class)
@TestPropertySource(
		properties = { "tierdesk.mail.poll-check-interval=PT0.3S", "tierdesk.mail.poll-initial-delay=PT0.3S",
				"tierdesk.mail.connect-timeout=PT3S", "tierdesk.mail.read-timeout=PT3S" })
public @interface MailboxTestApplication {

}
