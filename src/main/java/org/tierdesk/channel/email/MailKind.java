package org.tierdesk.channel.email;

/**
 * What sort of mail arrived, as far as the intake pipeline is concerned.
 */
public enum MailKind {

	/** Written by a person: may open or continue a ticket and be acknowledged. */
	ORDINARY,
	/**
	 * An automatic reply (vacation, out-of-office, RFC 3834 auto-replied or
	 * auto-generated).
	 */
	AUTO_REPLY,
	/** A delivery failure: one of our mails did not arrive. */
	BOUNCE,
	/**
	 * A delivery status notification that reports no failure (delayed, delivered,
	 * relayed).
	 */
	DELIVERY_REPORT,
	/** An abuse or feedback report (ARF, RFC 5965). */
	FEEDBACK_REPORT,
	/** Bulk or mailing-list mail (Precedence, List-Id, List-Unsubscribe). */
	BULK_OR_LIST

}
