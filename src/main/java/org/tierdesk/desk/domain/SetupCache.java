package org.tierdesk.desk.domain;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A part of the desk set-up held in memory, because it is read for every ticket or page
 * and changes rarely: read again when older than its time to live (so a change made on
 * another node is seen within that time), forgotten when this node changes it (seen at
 * once). A read that overlapped a change is used but not kept: it may have missed the
 * change, and would otherwise hide it for a whole time to live.
 *
 * @param <T> the cached value
 */
final class SetupCache<T> {

	private final Supplier<T> loader;

	private final long ttlNanos;

	private volatile Entry<T> entry;

	/** Counts forgets, so that a read that started before one is not kept after it. */
	private long generation;

	SetupCache(Duration ttl, Supplier<T> loader) {
		this.ttlNanos = ttl.toNanos();
		this.loader = loader;
	}

	T get() {
		Entry<T> current = this.entry;
		if (current != null && System.nanoTime() - current.loadedAtNanos() <= this.ttlNanos) {
			return current.value();
		}
		long seen;
		synchronized (this) {
			seen = this.generation;
		}
		T value = this.loader.get();
		synchronized (this) {
			if (this.generation == seen) {
				this.entry = new Entry<>(value, System.nanoTime());
			}
		}
		return value;
	}

	/**
	 * Forgets the value now and again once the current transaction has ended (the change
	 * is visible to a new read only then).
	 */
	void forgetAfterCommit() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	synchronized void forget() {
		this.generation++;
		this.entry = null;
	}

	private record Entry<T>(T value, long loadedAtNanos) {
	}

}
