package org.tierdesk.ticket.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.tierdesk.ticket.AttachmentView;

/**
 * The description of an attached file; its bytes live in an {@link AttachmentStore}.
 */
@Entity
@Table(name = "attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
	@SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ticket_id")
	private long ticketId;

	@Column(name = "message_id")
	private Long messageId;

	private String filename;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "content_id")
	private String contentId;

	@Column(name = "inline_part")
	private boolean inline;

	protected Attachment() {
	}

	Attachment(long ticketId, Long messageId, String filename, String contentType, long size, Instant createdAt) {
		this.ticketId = ticketId;
		this.messageId = messageId;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.createdAt = createdAt;
	}

	Attachment shownInline(String contentId, boolean inline) {
		this.contentId = (contentId != null && contentId.length() <= 255) ? contentId : null;
		this.inline = inline && this.contentId != null;
		return this;
	}

	Long getId() {
		return this.id;
	}

	Long getMessageId() {
		return this.messageId;
	}

	long getTicketId() {
		return this.ticketId;
	}

	AttachmentView toView() {
		return new AttachmentView(this.id, this.ticketId, this.messageId, this.filename, this.contentType, this.size,
				this.contentId, this.inline);
	}

}
