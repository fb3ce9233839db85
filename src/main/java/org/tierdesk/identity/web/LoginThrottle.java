package org.tierdesk.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for one account
 * within {@link #WINDOW}, that account's password is not checked again until the oldest
 * failure is that old. Applies to the login form and HTTP Basic alike; kept per node.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_TRACKED = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Refuses to check the password of an account that had too many recent failures. */
	void check(String username) {
		Deque<Instant> recent = this.failures.get(key(username));
		if (recent == null) {
			return;
		}
		synchronized (recent) {
			prune(recent);
			if (recent.size() >= MAX_FAILURES) {
				throw new LockedException("Too many failed sign-ins; try again later");
			}
		}
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (this.failures.size() >= MAX_TRACKED) {
			this.failures.clear();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key(event.getAuthentication().getName()),
				(name) -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(this.clock.instant());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	private void prune(Deque<Instant> recent) {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
