package org.tierdesk.ticket.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes in the {@code attachment_content} table, in the same transaction
 * as the ticket.
 */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

	private final JdbcTemplate jdbc;

	DatabaseAttachmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(long attachmentId, InputStream data, long size) {
		this.jdbc.update("insert into attachment_content (attachment_id, data) values (?, ?)", (ps) -> {
			ps.setLong(1, attachmentId);
			ps.setBinaryStream(2, data, size);
		});
	}

	@Override
	public Optional<byte[]> get(long attachmentId) {
		List<byte[]> rows = this.jdbc.query("select data from attachment_content where attachment_id = ?",
				(rs, row) -> rs.getBytes(1), attachmentId);
		return rows.stream().findFirst();
	}

}
