package org.tierdesk.ticket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent with a request or message. Its bytes are read from {@code content} when
 * stored, so a large file from a mail is streamed from its temporary file rather than
 * held in memory. {@code contentId} and {@code inline} mark an image a mail shows in its
 * text ({@code cid:}).
 */
public record NewAttachment(String filename, String contentType, long size, Content content, String contentId,
		boolean inline) {

	public NewAttachment {
		content = (content != null) ? content : () -> new ByteArrayInputStream(new byte[0]);
	}

	/** A file held in memory. */
	public NewAttachment(String filename, String contentType, byte[] data) {
		this(filename, contentType, (data != null) ? data.length : 0, bytes(data), null, false);
	}

	private static Content bytes(byte[] data) {
		byte[] copy = (data != null) ? data : new byte[0];
		return () -> new ByteArrayInputStream(copy);
	}

	/**
	 * The files of an upload form or multipart request. A file input left empty still
	 * sends a part without a name and bytes: that is no file. A named file without bytes
	 * is kept, so that the desk refuses it with a message.
	 */
	public static List<NewAttachment> fromUploads(List<MultipartFile> files) {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename();
			if ((name == null || name.isBlank()) && file.isEmpty()) {
				continue;
			}
			try {
				attachments.add(new NewAttachment(name, file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the uploaded file", ex);
			}
		}
		return attachments;
	}

	/** Opens the file's bytes; each call gives a fresh stream the caller closes. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
