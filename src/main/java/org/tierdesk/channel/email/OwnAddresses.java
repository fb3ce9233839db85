package org.tierdesk.channel.email;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.TransactionScoped;

/**
 * The desk's own addresses, for both directions: mail from one of them coming in is a
 * loop, and mail to one of them going out would come back as one. Own are the addresses
 * configured as own ({@code tierdesk.mail.intake.own-addresses}), the sending address
 * ({@code tierdesk.mail.from}), every department's sending address and every mailbox's
 * support address (with {@code +tag}s, as the mailboxes accept them).
 */
@Component
public class OwnAddresses {

	private final Set<String> configured = new HashSet<>();

	private final ObjectProvider<SupportAddresses> supportAddresses;

	private final ObjectProvider<DeskManagement> desk;

	OwnAddresses(MailIntakeProperties intake, @Value("${tierdesk.mail.from:}") String from,
			ObjectProvider<SupportAddresses> supportAddresses, ObjectProvider<DeskManagement> desk) {
		this.supportAddresses = supportAddresses;
		this.desk = desk;
		intake.ownAddresses().forEach((address) -> this.configured.add(normalize(address)));
		if (from != null && !from.isBlank()) {
			try {
				this.configured.add(normalize(new InternetAddress(from.strip(), false).getAddress()));
			}
			catch (AddressException ex) {
				// an invalid sending address is reported where mail is sent
			}
		}
	}

	/** Whether the address (any case) is one of the desk's own. */
	public boolean isOwn(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		String normalized = normalize(address);
		if (this.configured.contains(normalized) || isDepartmentSender(normalized)) {
			return true;
		}
		Map<String, Boolean> memo = transactionMemo();
		return (memo != null) ? memo.computeIfAbsent(normalized, this::isSupportAddress) : isSupportAddress(normalized);
	}

	/** A department's sending address (from the desk's set-up snapshot: no query). */
	private boolean isDepartmentSender(String normalized) {
		DeskManagement departments = this.desk.getIfUnique();
		return departments != null && departments.departments()
			.stream()
			.anyMatch((d) -> d.senderAddress() != null && normalize(d.senderAddress()).equals(normalized));
	}

	private boolean isSupportAddress(String normalized) {
		SupportAddresses mailboxes = this.supportAddresses.getIfUnique();
		return mailboxes != null && mailboxes.sourceFor(normalized).isPresent();
	}

	/**
	 * The answers given in the current transaction: a mail's sender is looked up by the
	 * intake and again as the acknowledgement's recipient; once is enough.
	 */
	private Map<String, Boolean> transactionMemo() {
		return TransactionScoped.value(this, HashMap::new);
	}

	private static String normalize(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

}
