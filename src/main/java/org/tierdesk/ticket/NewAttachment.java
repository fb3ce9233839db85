package org.tierdesk.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent with a request or message.
 */
public record NewAttachment(String filename, String contentType, byte[] data) {

	public NewAttachment {
		data = (data != null) ? data : new byte[0];
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

}
