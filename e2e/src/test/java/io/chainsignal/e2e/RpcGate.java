package io.chainsignal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the listener and the node that the suite can shut: while shut,
 * connections are refused and open ones are reset, as when a node goes away; reopened, it
 * listens on the same port again.
 */
final class RpcGate implements AutoCloseable {

	private final URI node;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	RpcGate(String nodeUrl) {
		this.node = URI.create(nodeUrl);
		this.port = io.chainsignal.testsupport.FreePort.find();
		open();
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	synchronized void open() {
		if (this.server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = socket;
			Thread.ofVirtual().name("rpc-gate").start(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not reopen the gate on port " + this.port, ex);
		}
	}

	synchronized void shut() {
		ServerSocket socket = this.server;
		this.server = null;
		closeQuietly(socket);
		this.sockets.forEach(RpcGate::closeQuietly);
		this.sockets.clear();
	}

	@Override
	public void close() {
		shut();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(this.node.getHost(), this.node.getPort());
				this.sockets.add(client);
				this.sockets.add(upstream);
				Thread.ofVirtual().start(() -> pipe(client, upstream));
				Thread.ofVirtual().start(() -> pipe(upstream, client));
			}
			catch (IOException ex) {
				// shut, or the node refused: the client sees its connection closed
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.sockets.remove(from);
			this.sockets.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing anyway
		}
	}

}
