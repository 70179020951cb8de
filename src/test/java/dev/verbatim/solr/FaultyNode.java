package dev.verbatim.solr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket on loopback that takes HTTP requests as a Solr node would and fails them in one way:
 * what a node that is dying, stuck or behind a broken proxy does to its clients.
 */
final class FaultyNode implements AutoCloseable {

  /** How the node fails every request. */
  enum Fault {
    /** Reads the request and closes the connection without a word. */
    HANGS_UP,
    /** Reads the request and never answers, holding the connection open. */
    NEVER_ANSWERS,
    /**
     * Sends a javabin answer's status line and headers and its first bytes, then nothing more,
     * holding the connection open.
     */
    STALLS_MID_ANSWER
  }

  private final ServerSocket server;
  private final Fault fault;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final AtomicInteger open = new AtomicInteger();

  FaultyNode(Fault fault) {
    this.fault = fault;
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().name("faulty-node").start(this::serve);
  }

  /** The node's URL, as a Solr node's is given. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/solr";
  }

  private void serve() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        return;
      }
      Thread.ofVirtual().start(() -> fail(client));
    }
  }

  /** How many connections are open: a client that gives up on a request closes its connection. */
  int openConnections() {
    return open.get();
  }

  private void fail(Socket client) {
    open.incrementAndGet();
    try (client) {
      var unused = client.getInputStream().read(new byte[64 * 1024]);
      switch (fault) {
        case HANGS_UP -> {
          return;
        }
        case NEVER_ANSWERS -> held.add(client);
        case STALLS_MID_ANSWER -> {
          OutputStream out = client.getOutputStream();
          out.write(
              """
              HTTP/1.1 200 OK\r
              Content-Type: application/octet-stream\r
              Content-Length: 4096\r
              \r
              """
                  .getBytes(StandardCharsets.US_ASCII));
          out.write(new byte[] {2, (byte) 0xa1}); // javabin's version byte, a map's tag: a start
          out.flush();
          held.add(client);
        }
      }
      while (client.getInputStream().read(new byte[1024]) >= 0) {
        // held open until the client closes it
      }
    } catch (IOException gone) {
      // the client reset the connection, or the node was closed
    } finally {
      open.decrementAndGet();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket client : held) {
      client.close();
    }
  }
}
