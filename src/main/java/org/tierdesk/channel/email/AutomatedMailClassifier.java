package org.tierdesk.channel.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises mail sent by machines: bounces, delivery and feedback reports, automatic
 * replies, and bulk or list mail.
 *
 * <p>
 * The checks run from the most to the least specific: RFC 6522 reports (ARF feedback, RFC
 * 3464 delivery status), bounces in the many non-RFC formats of mail servers (a
 * mailer-daemon or postmaster sender, a bounce subject, {@code X-Failed-Recipients}), RFC
 * 3834 and vendor auto-reply headers and out-of-office subjects, and finally bulk and
 * list headers.
 *
 * <p>
 * {@code X-Auto-Response-Suppress} alone is not evidence: Outlook sets it on ordinary
 * mail too; it only counts together with an out-of-office subject.
 *
 * <p>
 * Bulk and list mail ({@code Precedence: bulk/junk/list}, {@code List-Id},
 * {@code List-Unsubscribe}) is reported as {@link MailKind#BULK_OR_LIST}. Policy (ADR
 * 0005): such mail is never acknowledged and never answered automatically (RFC 3834 §2),
 * but it is not dropped: the intake keeps it for an agent in the held list instead of
 * opening a ticket, because a newsletter opening tickets floods the desk, while a support
 * address that is itself a list (a Google Group) is a mailbox setting that turns the hold
 * off.
 */
public class AutomatedMailClassifier {

	private static final Pattern OUT_OF_OFFICE = Pattern.compile("^\\s*(?:\\[[^]]*]\\s*)?(?:"
			+ "out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|"
			+ "away from (?:the )?office|on vacation|vacation reply|i am out of the office|"
			+ "afwezig|automatisch antwoord|niet aanwezig|buiten kantoor|"
			+ "di luar kantor|balasan otomatis|sedang cuti|" + "fuori ufficio|fuori sede|risposta automatica|assente|"
			+ "poissa|automaattinen vastaus|lomalla|"
			+ "abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|"
			+ "respuesta autom[áa]tica|fuera de la oficina)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?:undeliver|undelivered mail|"
			+ "returned mail|returned to sender|delivery status notification|delivery failure|delivery failed|"
			+ "mail delivery failed|failure notice|delivery has failed|could not be delivered|"
			+ "non[- ]?delivery|nondeliverable|mail system error|delivery problem|rejected|not delivered|"
			+ "message delivery|delivery notification|warning: could not send|mail failure|"
			+ "permanent error|failed delivery|unzustellbar|onbestelbaar|non recapitabile|no entregado|"
			+ "error sending message|bounce|not member|エラー|不達|送信できません)", Pattern.CASE_INSENSITIVE);

	private static final Set<String> DAEMON_LOCAL_PARTS = Set.of("mailer-daemon", "mailer_daemon", "maildaemon",
			"postmaster", "mail-daemon", "mdaemon", "mail.delivery.system", "bounce", "bounces", "nobody",
			"double-bounce", "noreply-dmarc-support", "mail-delivery-system");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

	private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");

	private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\d.#-])([45][0-7]\\d)(?:[ -]|$)");

	private static final Pattern ORIGINAL_START = Pattern
		.compile("(?im)^(?:[-_= ]*(?:original message|this is a copy of the message|below this line is a copy|"
				+ "original message follows|returned message|the original message|headers of the original|"
				+ "unsent message below|message headers follow|original message header)|"
				+ "(?:received|return-path|message-id|x-[a-z-]+):\\s)");

	private static final Pattern MESSAGE_ID_LINE = Pattern.compile("(?im)^\\s*message-id:\\s*<([^<>\\s]+)>");

	/**
	 * Classifies a parsed mail.
	 */
	public MailClassification classify(ParsedMail mail) {
		MailHeaders headers = mail.headers();
		Optional<String> originalId = mail.returnedHeaders().flatMap((h) -> h.first("Message-ID")).map(this::stripId);
		Optional<MailReport> report = mail.report();
		if (report.isPresent() && (report.get().reportType().equals("feedback-report")
				|| report.get().machineReadable().toLowerCase(Locale.ROOT).contains("feedback-type:"))) {
			Map<String, String> fields = fields(report.get().machineReadable());
			return new MailClassification(MailKind.FEEDBACK_REPORT, "multipart/report with report-type=feedback-report",
					Optional.empty(), originalId, Optional.ofNullable(fields.get("feedback-type")));
		}
		if (report.isPresent() && (report.get().reportType().contains("delivery-status")
				|| report.get().machineReadable().toLowerCase(Locale.ROOT).contains("final-recipient"))) {
			List<FailedRecipient> failed = new ArrayList<>();
			boolean anyFailure = deliveryStatus(report.get().machineReadable(), failed);
			if (anyFailure) {
				if (failed.stream().anyMatch((r) -> r.email().isEmpty())) {
					failed = fillRecipients(failed, mail);
				}
				return new MailClassification(MailKind.BOUNCE, "delivery status notification reports a failure",
						Optional.of(new Bounce(failed)), originalId.or(() -> idInText(mail)), Optional.empty());
			}
			if (!failed.isEmpty() || bounceEvidence(mail).isEmpty()) {
				return new MailClassification(MailKind.DELIVERY_REPORT,
						"delivery status notification without a failure", Optional.empty(), originalId,
						Optional.empty());
			}
		}
		Optional<String> bounceEvidence = bounceEvidence(mail);
		if (bounceEvidence.isPresent()) {
			return new MailClassification(MailKind.BOUNCE, bounceEvidence.get(),
					Optional.of(new Bounce(textBounce(mail))), originalId.or(() -> idInText(mail)), Optional.empty());
		}
		Optional<String> autoReply = autoReplyHeader(headers).or(() -> outOfOffice(mail));
		if (autoReply.isPresent()) {
			return new MailClassification(MailKind.AUTO_REPLY, autoReply.get(), Optional.empty(), Optional.empty(),
					Optional.empty());
		}
		String precedence = headers.lower("Precedence");
		if (precedence.equals("bulk") || precedence.equals("junk") || precedence.equals("list")) {
			return bulk("Precedence: " + precedence);
		}
		if (headers.has("List-Id")) {
			return bulk("List-Id: " + headers.first("List-Id").orElse(""));
		}
		if (headers.has("List-Unsubscribe")) {
			return bulk("List-Unsubscribe header");
		}
		return new MailClassification(MailKind.ORDINARY, "no sign of automated mail", Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	private MailClassification bulk(String reason) {
		return new MailClassification(MailKind.BULK_OR_LIST, reason, Optional.empty(), Optional.empty(),
				Optional.empty());
	}

	private Optional<String> autoReplyHeader(MailHeaders headers) {
		String autoSubmitted = headers.lower("Auto-Submitted");
		if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
			return Optional.of("Auto-Submitted: " + autoSubmitted);
		}
		for (String name : List.of("X-Autoreply", "X-Autorespond", "X-Autogenerated", "X-AutoReply-From",
				"X-Mail-Autoreply", "X-Autoresponder", "X-FC-MachineGenerated")) {
			String value = headers.lower(name);
			if (headers.has(name) && !value.equals("no") && !value.equals("false")) {
				return Optional.of(name + " header");
			}
		}
		String precedence = headers.lower("Precedence");
		if (precedence.equals("auto_reply") || precedence.equals("auto-reply")) {
			return Optional.of("Precedence: " + precedence);
		}
		if (headers.lower("X-Auto-Response-Suppress").contains("oof")
				&& headers.lower("Content-Type").contains("report-type=")) {
			return Optional.of("X-Auto-Response-Suppress with a report");
		}
		return Optional.empty();
	}

	private Optional<String> outOfOffice(ParsedMail mail) {
		String subject = mail.subject();
		if (OUT_OF_OFFICE.matcher(subject).find()) {
			String suppress = mail.headers().has("X-Auto-Response-Suppress") ? " with X-Auto-Response-Suppress" : "";
			return Optional.of("out-of-office subject \"" + subject + "\"" + suppress);
		}
		return Optional.empty();
	}

	private Optional<String> bounceEvidence(ParsedMail mail) {
		MailHeaders headers = mail.headers();
		if (headers.has("X-Failed-Recipients")) {
			return Optional.of("X-Failed-Recipients header");
		}
		String local = mail.from().map((a) -> a.normalized().substring(0, a.normalized().indexOf('@'))).orElse("");
		String name = mail.from().map((a) -> a.name().toLowerCase(Locale.ROOT)).orElse("");
		String squeezed = local.replaceAll("[-_.]", "");
		boolean listRobot = local.endsWith("-admin") || local.endsWith("-owner") || local.startsWith("owner-")
				|| local.endsWith("-request") || local.endsWith("-bounces");
		boolean daemon = DAEMON_LOCAL_PARTS.contains(local) || squeezed.contains("mailerdaemon")
				|| squeezed.contains("postmaster") || name.contains("mail delivery") || name.contains("mailer-daemon")
				|| name.contains("mailer daemon") || name.contains("postmaster");
		boolean bounceSubject = BOUNCE_SUBJECT.matcher(mail.subject()).find();
		boolean nullSender = headers.first("Return-Path")
			.map((v) -> v.replaceAll("\\s", "").equals("<>"))
			.orElse(false);
		if (daemon && (bounceSubject || nullSender || mail.returnedHeaders().isPresent()
				|| STATUS.matcher(mail.textBody()).find() || REPLY_CODE.matcher(mail.textBody()).find())) {
			return Optional.of("sent by " + (local.isEmpty() ? name : local) + " with a bounce subject or status");
		}
		if (bounceSubject && (nullSender || mail.returnedHeaders().isPresent()
				|| headers.lower("Auto-Submitted").startsWith("auto-replied") == false
						&& headers.lower("Auto-Submitted").startsWith("auto-generated"))) {
			return Optional.of("bounce subject \"" + mail.subject() + "\"");
		}
		if (daemon) {
			return Optional.of("sent by " + (local.isEmpty() ? name : local));
		}
		if (listRobot && bounceSubject) {
			return Optional.of("list manager " + local + " refused the mail");
		}
		if (mail.returnedHeaders().isPresent() && textLooksLikeBounce(mail.textBody())) {
			return Optional.of("returned message with a delivery error");
		}
		if (bounceSubject && textLooksLikeBounce(mail.textBody())) {
			return Optional.of("bounce subject and text \"" + mail.subject() + "\"");
		}
		return Optional.empty();
	}

	private boolean textLooksLikeBounce(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.contains("送信できませんでした") || lower.contains("宛先不明") || lower.contains("配信できません")) {
			return true;
		}
		return (STATUS.matcher(text).find() || REPLY_CODE.matcher(text).find())
				&& (lower.contains("deliver") || lower.contains("recipient") || lower.contains("mailbox")
						|| lower.contains("user unknown") || lower.contains("rejected"));
	}

	private boolean deliveryStatus(String text, List<FailedRecipient> failed) {
		boolean anyFailure = false;
		for (String block : text.replace("\r", "").split("\\n\\s*\\n")) {
			Map<String, String> fields = fields(block);
			String recipient = fields.getOrDefault("final-recipient", fields.get("original-recipient"));
			String action = fields.getOrDefault("action", "").toLowerCase(Locale.ROOT);
			String status = fields.getOrDefault("status", "");
			if (recipient == null && !fields.containsKey("action") && !fields.containsKey("status")) {
				continue;
			}
			Matcher sm = STATUS.matcher(status);
			String code = sm.find() ? sm.group() : "";
			String diagnostic = fields.get("diagnostic-code");
			boolean failure = action.startsWith("fail") || (action.isEmpty() && code.startsWith("5"))
					|| (action.isEmpty() && code.startsWith("4"));
			if (!failure) {
				continue;
			}
			anyFailure = true;
			boolean hard = !code.startsWith("4") && !(code.isEmpty() && diagnostic != null
					&& REPLY_CODE.matcher(diagnostic).find() && diagnostic.trim().matches("(?s).*\\b4\\d\\d\\b.*"));
			if ((code.isEmpty() || code.matches("\\d\\.0\\.0")) && diagnostic != null) {
				String specific = specificStatus(diagnostic);
				if (!specific.isEmpty() && (code.isEmpty() || specific.charAt(0) == code.charAt(0))) {
					code = specific;
				}
			}
			failed.add(new FailedRecipient(address(recipient), Optional.of(code).filter((c) -> !c.isEmpty()),
					Optional.ofNullable(diagnostic), hard));
		}
		return anyFailure;
	}

	private List<FailedRecipient> fillRecipients(List<FailedRecipient> failed, ParsedMail mail) {
		List<FailedRecipient> text = textBounce(mail);
		String fallback = text.isEmpty() ? "" : text.get(0).email();
		return failed.stream()
			.map((r) -> r.email().isEmpty() ? new FailedRecipient(fallback, r.status(), r.diagnostic(), r.hard()) : r)
			.toList();
	}

	private List<FailedRecipient> textBounce(ParsedMail mail) {
		String text = mail.textBody().replace("\r", "");
		String head = text;
		Matcher start = ORIGINAL_START.matcher(text);
		while (start.find()) {
			if (start.start() > 0) {
				head = text.substring(0, start.start());
				break;
			}
		}
		Set<String> excluded = new java.util.HashSet<>();
		mail.from().ifPresent((a) -> excluded.add(a.normalized()));
		mail.to().forEach((a) -> excluded.add(a.normalized()));
		mail.headers().first("Return-Path").ifPresent((v) -> excluded.add(address(v)));
		List<String> candidates = new ArrayList<>();
		for (String value : mail.headers().all("X-Failed-Recipients")) {
			for (String part : value.split(",")) {
				candidates.add(address(part));
			}
		}
		Matcher m = EMAIL.matcher(head);
		while (m.find()) {
			String email = m.group().toLowerCase(Locale.ROOT).replaceAll("^[.]+|[.]+$", "");
			String local = email.substring(0, email.indexOf('@'));
			if (!excluded.contains(email) && !DAEMON_LOCAL_PARTS.contains(local) && !local.startsWith("mailer-daemon")
					&& !local.startsWith("postmaster")) {
				candidates.add(email);
			}
		}
		mail.returnedHeaders().flatMap((h) -> h.first("To")).ifPresent((to) -> {
			Matcher tm = EMAIL.matcher(to);
			if (tm.find()) {
				candidates.add(tm.group().toLowerCase(Locale.ROOT));
			}
		});
		if (candidates.isEmpty()) {
			Matcher tm = EMAIL.matcher(text.substring(head.length()));
			while (tm.find()) {
				String email = tm.group().toLowerCase(Locale.ROOT);
				if (!excluded.contains(email)) {
					candidates.add(email);
					break;
				}
			}
		}
		if (candidates.isEmpty()) {
			return List.of();
		}
		String status = specificStatus(head);
		Matcher rm = REPLY_CODE.matcher(head);
		String reply = rm.find() ? rm.group(1) : "";
		String lower = head.toLowerCase(Locale.ROOT);
		boolean soft = status.startsWith("4") || (status.isEmpty() && reply.startsWith("4"))
				|| (status.isEmpty() && reply.isEmpty() && (lower.contains("temporar") || lower.contains("will retry")
						|| lower.contains("delayed") || lower.contains("deferred")));
		return List.of(new FailedRecipient(candidates.get(0), Optional.of(status).filter((s) -> !s.isEmpty()),
				Optional.of(reply).filter((s) -> !s.isEmpty()), !soft));
	}

	/**
	 * The first status code in the text, preferring a specific one over the generic
	 * x.0.0.
	 */
	private static String specificStatus(String text) {
		Matcher m = STATUS.matcher(text);
		String generic = "";
		while (m.find()) {
			if (m.group(1).equals("2")) {
				continue;
			}
			if (!m.group().matches("\\d\\.0\\.0")) {
				return m.group();
			}
			if (generic.isEmpty()) {
				generic = m.group();
			}
		}
		return generic;
	}

	private Optional<String> idInText(ParsedMail mail) {
		Matcher m = MESSAGE_ID_LINE.matcher(mail.textBody());
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	private static Map<String, String> fields(String block) {
		Map<String, String> fields = new LinkedHashMap<>();
		String unfolded = block.replace("\r", "").replaceAll("\\n[ \\t]+", " ");
		for (String line : unfolded.split("\\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				fields.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).trim());
			}
		}
		return fields;
	}

	private static String address(String value) {
		if (value == null) {
			return "";
		}
		String v = value.trim();
		int semicolon = v.indexOf(';');
		if (semicolon >= 0 && v.substring(0, semicolon).matches("(?i)\\s*(rfc822|utf-8|x-[a-z-]+)\\s*")) {
			v = v.substring(semicolon + 1);
		}
		Matcher m = EMAIL.matcher(v);
		return m.find() ? m.group().toLowerCase(Locale.ROOT) : v.replaceAll("[<>\\s]", "").toLowerCase(Locale.ROOT);
	}

	private String stripId(String value) {
		String v = value.trim();
		int a = v.indexOf('<');
		int b = v.indexOf('>', a + 1);
		return (a >= 0 && b > a) ? v.substring(a + 1, b) : v;
	}

}
