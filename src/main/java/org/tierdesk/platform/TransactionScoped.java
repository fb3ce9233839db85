package org.tierdesk.platform;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values that live as long as the current transaction: memos of answers a transaction
 * needs more than once, and sets of what it has done already.
 */
public final class TransactionScoped {

	private TransactionScoped() {
	}

	/**
	 * The value bound under {@code key} to the current transaction, made by
	 * {@code create} on first use and dropped when the transaction ends; null outside a
	 * transaction.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T value(Object key, Supplier<T> create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		T value = (T) TransactionSynchronizationManager.getResource(key);
		if (value == null) {
			value = create.get();
			TransactionSynchronizationManager.bindResource(key, value);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
		}
		return value;
	}

}
