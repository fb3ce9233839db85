package org.tierdesk.channel.email.mailbox;

/**
 * The answer of "Test connection": the number of messages waiting to be fetched, or the
 * problem with a technical detail from the server or network (never a secret). Screens
 * and the API explain it with {@link #messageKey()} and {@link #args()}.
 */
public record ConnectionCheck(boolean ok, boolean direct, int waiting, MailboxProblem problem, String detail,
		String host, int port, String folder) {

	public static ConnectionCheck ok(int waiting, String host, int port, String folder) {
		return new ConnectionCheck(true, false, waiting, null, null, host, port, folder);
	}

	public static ConnectionCheck failed(MailboxProblem problem, String detail, String host, int port, String folder) {
		return new ConnectionCheck(false, false, 0, problem, detail, host, port, folder);
	}

	/** A mailbox that receives mail directly has nothing to connect to. */
	public static ConnectionCheck forDirect() {
		return new ConnectionCheck(true, true, 0, null, null, null, 0, null);
	}

	public String messageKey() {
		if (this.direct) {
			return "mailbox.test.direct";
		}
		return this.ok ? "mailbox.test.ok" : this.problem.messageKey();
	}

	/**
	 * Arguments of the message: {0} messages waiting or host, {1} folder or port, {2}
	 * folder.
	 */
	public Object[] args() {
		if (this.ok) {
			return new Object[] { this.waiting, this.folder };
		}
		return new Object[] { this.host, String.valueOf(this.port), this.folder };
	}

}
