package org.tierdesk.channel.email.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a test mail server that can break every open connection (a
 * server dropping the connection mid-fetch), accept connections without ever answering (a
 * dead server), and tells how many connections were open at the same time.
 */
public final class MailServerProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger maxOpen = new AtomicInteger();

	private final AtomicInteger accepted = new AtomicInteger();

	private volatile boolean silent;

	public MailServerProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "mail-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** Accept connections but never answer or forward anything. */
	public void silent(boolean silent) {
		this.silent = silent;
	}

	/** The most connections that were open at one time. */
	public int maxOpen() {
		return this.maxOpen.get();
	}

	public int accepted() {
		return this.accepted.get();
	}

	/** Breaks every open connection. */
	public void cutAll() {
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.accepted.incrementAndGet();
				this.sockets.add(client);
				if (this.silent) {
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(upstream);
				int now = this.open.incrementAndGet();
				this.maxOpen.accumulateAndGet(now, Math::max);
				AtomicInteger pumps = new AtomicInteger(2);
				Runnable done = () -> {
					closeQuietly(client);
					closeQuietly(upstream);
					if (pumps.decrementAndGet() == 0) {
						this.open.decrementAndGet();
						this.sockets.remove(client);
						this.sockets.remove(upstream);
					}
				};
				pump(client, upstream, done);
				pump(upstream, client, done);
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void pump(Socket from, Socket to, Runnable done) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				byte[] buffer = new byte[16_384];
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// connection closed
			}
			finally {
				done.run();
			}
		}, "mail-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		cutAll();
	}

}
