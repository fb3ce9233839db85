package org.tierdesk.channel.email.outbound.domain;

import java.util.List;

import org.tierdesk.channel.email.outbound.OutboundMailKind;

/**
 * What the sending job needs of a claimed mail, read in one short transaction so that no
 * transaction stays open while the SMTP server is talked to.
 */
record OutgoingMail(long id, OutboundMailKind kind, String ticketNumber, String from, String to, String cc,
		String subject, String bodyText, String bodyHtml, String messageId, String inReplyTo, String references,
		String autoSubmitted, int attempts, List<Long> attachmentIds) {

	static OutgoingMail of(OutboundMail mail) {
		return new OutgoingMail(mail.getId(), mail.getKind(), mail.getTicketNumber(), mail.getFrom(), mail.getTo(),
				mail.getCc(), mail.getSubject(), mail.getBodyText(), mail.getBodyHtml(), mail.getMessageId(),
				mail.getInReplyTo(), mail.getReferences(), mail.getAutoSubmitted(), mail.getAttempts(),
				mail.getAttachmentIds());
	}

}
