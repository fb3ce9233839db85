package org.tierdesk.ticket.domain;

import java.util.Optional;

/**
 * Where attachment bytes are kept: the database by default; a folder or S3-compatible
 * storage can implement it.
 */
interface AttachmentStore {

	void put(long attachmentId, byte[] data);

	Optional<byte[]> get(long attachmentId);

}
