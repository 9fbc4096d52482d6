package org.blohub.hub.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between one node's bridge and its peer's TLS acceptor. It forwards bytes only, so TLS stays
 * end to end; it can cut the link (live connections closed, new ones closed at once), stall it (connections accepted
 * and held, no byte forwarded), slow it (each chunk delayed) and reset it (every live connection closed with RST).
 */
final class ChaosProxy implements AutoCloseable {

    /** What the proxy does with the bytes it reads. */
    enum Mode {
        PASS, CUT, STALL, SLOW
    }

    private static final int CHUNK = 16 * 1024;
    private static final Duration SLOW_DELAY = Duration.ofMillis(200);

    private final String name;
    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private volatile Mode mode = Mode.PASS;

    private ChaosProxy(String name, ServerSocket listener, int targetPort) {
        this.name = name;
        this.listener = listener;
        this.targetPort = targetPort;
    }

    /** Listens on {@code listenPort} and forwards to {@code targetPort}, both on the loopback address. */
    static ChaosProxy start(String name, int listenPort, int targetPort) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), 50);
        ChaosProxy proxy = new ChaosProxy(name, listener, targetPort);
        daemon(name + "-accept", proxy::acceptLoop).start();
        return proxy;
    }

    int port() {
        return listener.getLocalPort();
    }

    long connectionsAccepted() {
        return connections.get();
    }

    void pass() {
        mode = Mode.PASS;
    }

    /** Closes every live connection and closes new ones as soon as they are accepted, until {@link #pass()}. */
    void cut() {
        mode = Mode.CUT;
        resetAll();
    }

    /** Holds every connection, live and new, open without forwarding a byte, until {@link #pass()}. */
    void stall() {
        mode = Mode.STALL;
    }

    /** Delays each chunk forwarded, in both directions, until {@link #pass()}. */
    void slow() {
        mode = Mode.SLOW;
    }

    /** Closes every live connection with a TCP reset (SO_LINGER 0); the bridge may reconnect at once. */
    void reset() {
        resetAll();
    }

    private void resetAll() {
        for (Socket socket : live) {
            closeWithReset(socket);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            connections.incrementAndGet();
            if (mode == Mode.CUT) {
                closeWithReset(client);
                continue;
            }
            daemon(name + "-connect", () -> connect(client)).start();
        }
    }

    private void connect(Socket client) {
        live.add(client);
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 10_000);
        } catch (IOException peerDown) {
            closeWithReset(client);
            closeQuietly(upstream);
            return;
        }
        live.add(upstream);
        daemon(name + "-up", () -> pump(client, upstream)).start();
        daemon(name + "-down", () -> pump(upstream, client)).start();
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (mode == Mode.STALL && !from.isClosed()) {
                    Thread.sleep(50);
                }
                if (mode == Mode.SLOW) {
                    Thread.sleep(SLOW_DELAY.toMillis());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException | InterruptedException closed) {
            // one side went away: the other goes too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static void closeWithReset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException alreadyClosed) {
            // nothing to reset
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        resetAll();
    }
}
