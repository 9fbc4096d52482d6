package org.blohub.hub.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The soak's proxy in front of an echo server: what each mode does to the bytes and the connections. */
class ChaosProxyTest {

    private ServerSocket echo;
    private ChaosProxy proxy;

    @BeforeEach
    void startEchoServerAndProxy() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket connection = echo.accept();
                    Thread copy = new Thread(() -> {
                        try (connection) {
                            connection.getInputStream().transferTo(connection.getOutputStream());
                        } catch (IOException gone) {
                            // the proxy closed it
                        }
                    });
                    copy.setDaemon(true);
                    copy.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        server.setDaemon(true);
        server.start();
        int listen;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listen = free.getLocalPort();
        }
        proxy = ChaosProxy.start("test", listen, echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void passesBytesBothWays() throws IOException {
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "ping")).isEqualTo("ping");
        }
    }

    @Test
    void aCutClosesLiveConnectionsAndNewOnesUntilItPassesAgain() throws IOException {
        try (Socket live = connect()) {
            assertThat(roundTrip(live, "before")).isEqualTo("before");
            proxy.cut();
            assertThatThrownBy(() -> roundTrip(live, "during")).isInstanceOf(IOException.class);
        }
        try (Socket fresh = connect()) {
            assertThatThrownBy(() -> roundTrip(fresh, "refused")).isInstanceOf(IOException.class);
        }
        proxy.pass();
        try (Socket after = connect()) {
            assertThat(roundTrip(after, "after")).isEqualTo("after");
        }
    }

    @Test
    void aStallHoldsTheBytesWithTheConnectionOpenAndReleasesThemWhenItPasses() throws IOException {
        try (Socket client = connect()) {
            proxy.stall();
            client.getOutputStream().write("held".getBytes(StandardCharsets.US_ASCII));
            client.setSoTimeout(1_000);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            proxy.pass();
            client.setSoTimeout(5_000);
            assertThat(new String(client.getInputStream().readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("held");
        }
    }

    @Test
    void aSlowLinkStillDeliversEveryByte() throws IOException {
        proxy.slow();
        try (Socket client = connect()) {
            assertThat(roundTrip(client, "slowly")).isEqualTo("slowly");
        }
    }

    @Test
    void aResetEndsLiveConnectionsWithRstAndLetsNewOnesThrough() throws IOException {
        try (Socket live = connect()) {
            assertThat(roundTrip(live, "before")).isEqualTo("before");
            proxy.reset();
            live.setSoTimeout(5_000);
            assertThatThrownBy(() -> live.getInputStream().read()).isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
        }
        try (Socket fresh = connect()) {
            assertThat(roundTrip(fresh, "again")).isEqualTo("again");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxyPort());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private int proxyPort() {
        return proxy.port();
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        byte[] answer = in.readNBytes(bytes.length);
        if (answer.length < bytes.length) {
            throw new IOException("connection closed after " + answer.length + " bytes");
        }
        return new String(answer, StandardCharsets.US_ASCII);
    }
}
