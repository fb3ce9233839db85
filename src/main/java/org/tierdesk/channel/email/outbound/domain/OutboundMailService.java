package org.tierdesk.channel.email.outbound.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.channel.email.outbound.OutboundMailCounts;
import org.tierdesk.channel.email.outbound.OutboundMailManagement;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.channel.email.outbound.OutboundMailStatus;
import org.tierdesk.channel.email.outbound.OutboundMailView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class OutboundMailService implements OutboundMailManagement {

	static final int MAX_LIST = 500;

	private final OutboundMailRepository mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final OutboundMailProperties properties;

	private final Clock clock;

	OutboundMailService(OutboundMailRepository mails, ObjectProvider<JavaMailSender> senders,
			OutboundMailProperties properties, Clock clock) {
		this.mails = mails;
		this.senders = senders;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<OutboundMailView> list(OutboundMailStatus status, int limit) {
		PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIST)));
		return ((status != null) ? this.mails.findByStatusOrderByCreatedAtDescIdDesc(status, page)
				: this.mails.findAllByOrderByCreatedAtDescIdDesc(page))
			.stream()
			.map(OutboundMail::toView)
			.toList();
	}

	@Override
	public Optional<OutboundMailView> find(long id) {
		return this.mails.findById(id).map(OutboundMail::toView);
	}

	@Override
	public OutboundMailCounts counts() {
		return new OutboundMailCounts(this.mails.countByStatus(OutboundMailStatus.PENDING),
				this.mails.countByStatus(OutboundMailStatus.FAILED), this.mails.countByStatus(OutboundMailStatus.SENT));
	}

	@Override
	@Transactional
	public OutboundMailView retry(long id) {
		OutboundMail mail = this.mails.findById(id)
			.orElseThrow(() -> new NotFoundException("mailout.outbound.notFound", "No such outgoing mail."));
		if (mail.getStatus() != OutboundMailStatus.FAILED) {
			throw new ConflictException("mailout.outbound.retryNotFailed",
					"Only a failed mail can be sent again; this one is {0}.", mail.getStatus().apiName());
		}
		mail.retry(this.clock.instant());
		return this.mails.saveAndFlush(mail).toView();
	}

	@Override
	public boolean sendingConfigured() {
		return this.senders.getIfAvailable() != null && Addresses.parse(this.properties.from()).isPresent();
	}

}
