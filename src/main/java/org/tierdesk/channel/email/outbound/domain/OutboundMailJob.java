package org.tierdesk.channel.email.outbound.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.channel.email.MailThreads;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;

/**
 * Sends due mail through SMTP. Every node runs it; a node first claims a mail with one
 * atomic update (claimed by, claimed until), so two nodes never send one mail twice, and
 * a mail claimed by a node that died is taken over once its claim has expired. No
 * transaction is open while the SMTP server is talked to. A temporary failure is retried
 * with backoff, a permanent refusal and the last attempt make the mail failed.
 */
@Component
class OutboundMailJob {

	private static final Logger log = LoggerFactory.getLogger(OutboundMailJob.class);

	private final OutboundMailRepository mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final MimeMailFactory factory;

	private final MailThreads threads;

	private final OutboundMailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String node;

	/** One run sends batch after batch while mail is due, for at most this long. */
	static final Duration RUN_LIMIT = Duration.ofMinutes(1);

	private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

	OutboundMailJob(OutboundMailRepository mails, ObjectProvider<JavaMailSender> senders, MimeMailFactory factory,
			MailThreads threads, OutboundMailProperties properties, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.mails = mails;
		this.senders = senders;
		this.factory = factory;
		this.threads = threads;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.node = nodeName();
	}

	@Scheduled(initialDelayString = "${tierdesk.mail.outbound.initial-delay:PT10S}",
			fixedDelayString = "${tierdesk.mail.outbound.interval:PT10S}")
	void run() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			// the database may be away for a moment; the next run tries again
			log.warn("Sending outgoing mail failed: {}", SmtpFailure.describe(ex));
		}
	}

	/** Claims and sends the mail that is due; returns how many were sent. */
	int sendDue() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null || Addresses.parse(this.properties.from()).isEmpty()) {
			if (this.toldNotConfigured.compareAndSet(false, true)) {
				log.info("Mail sending is not configured (set TIERDESK_SMTP_HOST and TIERDESK_MAIL_FROM); "
						+ "outgoing mail waits as pending");
			}
			return 0;
		}
		int batch = this.properties.outbound().batchSize();
		Instant stop = this.clock.instant().plus(RUN_LIMIT);
		int sent = 0;
		List<Long> due;
		do {
			due = this.mails.findDue(this.clock.instant(), PageRequest.of(0, batch));
			for (Long id : due) {
				Instant now = this.clock.instant();
				if (this.mails.claim(id, this.node, now, now.plus(this.properties.outbound().claimTimeout())) == 1
						&& send(sender, id)) {
					sent++;
				}
			}
		}
		// a full batch means more may be due: go on, but leave the scheduler thread now
		// and
		// then
		while (due.size() == batch && this.clock.instant().isBefore(stop));
		return sent;
	}

	private boolean send(JavaMailSender sender, long id) {
		OutgoingMail mail = this.transactions
			.execute((status) -> this.mails.findById(id).map(OutgoingMail::of).orElse(null));
		if (mail == null) {
			return false;
		}
		String refusal = failingRecipient(mail);
		if (refusal != null) {
			finish(mail, (m) -> m.refuse(refusal));
			return false;
		}
		try {
			InternetAddress from = Addresses.parse(mail.from())
				.or(() -> Addresses.parse(this.properties.from()))
				.orElseThrow(() -> new MessagingException("No valid sender address: " + this.properties.from()));
			MimeMessage message = this.factory.build(sender, mail, from, Date.from(this.clock.instant()));
			sender.send(message);
			finish(mail, (m) -> m.sent(this.clock.instant(), null));
			log.debug("Sent {} of ticket {} ({})", mail.kind(), mail.ticketNumber(), mail.messageId());
			return true;
		}
		catch (MailException ex) {
			SmtpFailure failure = SmtpFailure.of(ex);
			switch (failure.outcome()) {
				case PARTLY_SENT -> {
					finish(mail, (m) -> m.sent(this.clock.instant(), failure.rejectedRecipients()));
					log.warn("{} of ticket {} sent, but refused for {}", mail.kind(), mail.ticketNumber(),
							failure.rejectedRecipients());
					return true;
				}
				case PERMANENT -> failed(mail, "Refused by the SMTP server: " + failure.description());
				case TEMPORARY -> retryLater(mail, failure.description());
			}
		}
		catch (MessagingException | MimeMailFactory.MissingAttachmentException ex) {
			// the mail cannot be written as stored; trying again would not change that
			failed(mail, "Cannot build the mail: " + SmtpFailure.describe(ex));
		}
		catch (RuntimeException ex) {
			retryLater(mail, SmtpFailure.describe(ex));
		}
		return false;
	}

	private void retryLater(OutgoingMail mail, String error) {
		int attempts = mail.attempts() + 1;
		int max = this.properties.outbound().maxAttempts();
		if (attempts >= max) {
			failed(mail, "Gave up after " + attempts + " attempts: " + error);
			return;
		}
		Instant next = this.clock.instant().plus(this.properties.outbound().delayAfter(attempts));
		finish(mail, (m) -> m.attemptFailed(error, next));
		log.warn("{} of ticket {} not sent (attempt {} of {}), next attempt at {}: {}", mail.kind(),
				mail.ticketNumber(), attempts, max, next, error);
	}

	private void failed(OutgoingMail mail, String error) {
		finish(mail, (m) -> m.failed(error));
		log.warn("{} of ticket {} failed: {}", mail.kind(), mail.ticketNumber(), error);
	}

	/** Why the mail must not go out now: its recipient bounced permanently since. */
	private String failingRecipient(OutgoingMail mail) {
		try {
			for (InternetAddress to : Addresses.parseList(mail.to())) {
				if (this.threads.failing(to.getAddress())) {
					return "Not sent: mail to " + to.getAddress()
							+ " bounced permanently; the address is marked as failing.";
				}
			}
		}
		catch (MessagingException ex) {
			return "Not sent: the recipient '" + mail.to() + "' is not a valid address.";
		}
		return null;
	}

	private void finish(OutgoingMail mail, Consumer<OutboundMail> change) {
		this.transactions.executeWithoutResult((status) -> this.mails.findById(mail.id()).ifPresent((m) -> {
			if (m.isClaimedBy(this.node)) {
				change.accept(m);
			}
			else {
				log.warn("Claim on mail {} of ticket {} expired while it was sent; another node has it now", mail.id(),
						mail.ticketNumber());
			}
		}));
	}

	String node() {
		return this.node;
	}

	private static String nodeName() {
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		String host = System.getenv("HOSTNAME");
		host = (host != null && !host.isBlank()) ? host.strip() : "node";
		return (host.length() > 60 ? host.substring(0, 60) : host) + "-" + HexFormat.of().formatHex(random);
	}

}
