package org.tierdesk.channel.email;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Mail saved with bare CR line ends (classic Mac OS) has no line ends for a MIME parser:
 * when the first 64 KB hold a CR and no LF, every CR becomes CRLF. Other mail passes
 * unchanged.
 */
final class CrLineEndings {

	private static final int PEEK = 64 * 1024;

	private CrLineEndings() {
	}

	static InputStream normalize(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, PEEK);
		in.mark(PEEK);
		byte[] head = in.readNBytes(PEEK);
		in.reset();
		boolean cr = false;
		for (byte b : head) {
			if (b == '\n') {
				return in;
			}
			cr |= (b == '\r');
		}
		return cr ? new CrToCrlf(in) : in;
	}

	private static final class CrToCrlf extends FilterInputStream {

		private boolean pendingLf;

		CrToCrlf(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			if (this.pendingLf) {
				this.pendingLf = false;
				return '\n';
			}
			int b = super.read();
			if (b == '\r') {
				this.pendingLf = true;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			int n = 0;
			while (n < len) {
				int c = read();
				if (c < 0) {
					return (n == 0) ? -1 : n;
				}
				b[off + n++] = (byte) c;
				if (super.in.available() == 0 && !this.pendingLf) {
					break;
				}
			}
			return n;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

	}

}
