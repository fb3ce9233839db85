package org.tierdesk.ticket.domain;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where attachment bytes are kept: the database by default; a folder or S3-compatible
 * storage can implement it.
 */
interface AttachmentStore {

	/** Stores the bytes read from {@code data}, which holds {@code size} bytes. */
	void put(long attachmentId, InputStream data, long size);

	Optional<byte[]> get(long attachmentId);

}
