package org.tierdesk.channel.email.smtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.subethamail.smtp.server.SSLSocketCreator;

/**
 * Turns a plain SMTP connection into a TLS one on STARTTLS, with the key, protocols and
 * ciphers of a Spring Boot SSL bundle (the JDK's defaults where the bundle names none;
 * unlike the library's own factory, which enables every protocol and cipher the JDK
 * supports).
 */
final class StartTls implements SSLSocketCreator {

	private final SSLSocketFactory factory;

	private final SslOptions options;

	StartTls(SslBundle bundle) {
		this.factory = bundle.createSslContext().getSocketFactory();
		this.options = bundle.getOptions();
	}

	@Override
	public SSLSocket createSSLSocket(Socket socket) throws IOException {
		// the host string, never a reverse DNS lookup
		String peer = (socket.getRemoteSocketAddress() instanceof InetSocketAddress address) ? address.getHostString()
				: null;
		SSLSocket tls = (SSLSocket) this.factory.createSocket(socket, peer, socket.getPort(), true);
		tls.setUseClientMode(false);
		if (this.options.getEnabledProtocols() != null) {
			tls.setEnabledProtocols(this.options.getEnabledProtocols());
		}
		if (this.options.getCiphers() != null) {
			tls.setEnabledCipherSuites(this.options.getCiphers());
		}
		return tls;
	}

}
