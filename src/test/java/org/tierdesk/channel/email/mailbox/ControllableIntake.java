package org.tierdesk.channel.email.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailIntakeException;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;

/**
 * The application's mail intake with hooks for tests: it can be made to fail (as when the
 * database is gone), run a check before and after the real intake, and remembers what it
 * was given.
 */
public class ControllableIntake implements MailIntake {

	private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*<([^>]+)>");

	private final MailIntake delegate;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile boolean failing;

	private volatile Consumer<Received> before = (mail) -> {
	};

	private volatile Consumer<Received> after = (mail) -> {
	};

	public ControllableIntake(MailIntake delegate) {
		this.delegate = delegate;
	}

	/** What the intake was given, and what came of it. */
	public record Received(MailSource source, String messageId, long size, String threadName, IntakeResult result) {
	}

	public void failing(boolean failing) {
		this.failing = failing;
	}

	public void before(Consumer<Received> check) {
		this.before = check;
	}

	public void after(Consumer<Received> check) {
		this.after = check;
	}

	public void reset() {
		this.failing = false;
		this.before = (mail) -> {
		};
		this.after = (mail) -> {
		};
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public List<Received> receivedFor(long mailboxId) {
		return this.received.stream().filter((r) -> r.source().mailboxId() == mailboxId).toList();
	}

	@Override
	public IntakeResult receive(MailSource source, RawMail raw) {
		Received incoming = new Received(source, messageId(raw), raw.size(), Thread.currentThread().getName(), null);
		this.before.accept(incoming);
		if (this.failing) {
			throw new MailIntakeException("intake switched off by the test", null);
		}
		IntakeResult result = this.delegate.receive(source, raw);
		Received done = new Received(source, incoming.messageId(), incoming.size(), incoming.threadName(), result);
		this.received.add(done);
		this.after.accept(done);
		return result;
	}

	@Override
	public IntakeResult reprocess(long inboundMailId) {
		return this.delegate.reprocess(inboundMailId);
	}

	@Override
	public IntakeResult promote(long inboundMailId) {
		return this.delegate.promote(inboundMailId);
	}

	private static String messageId(RawMail raw) {
		try (InputStream in = raw.open()) {
			String head = new String(in.readNBytes(16_384), StandardCharsets.ISO_8859_1);
			Matcher matcher = MESSAGE_ID.matcher(head);
			return matcher.find() ? matcher.group(1) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
