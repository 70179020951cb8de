package dev.verbatim.cluster;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * Closes a node's listening socket before the node is stopped, as a machine that dies stops taking
 * connections before anything else.
 *
 * <p>Jetty 10 can accept a connection while its server stops and then neither serve nor close it.
 * When that connection is another node's HTTP/2 client's, the client keeps it as its way to the
 * stopped node's address and sends there every later request, which waits for its 90 s timeout long
 * after the node is back on that port: seen in {@code SolrFaultsTest}, a collection that could not
 * be created three minutes after the restart, with the client's request (64 bytes) unread on the
 * stopped server's side. Once the socket is closed, connections are refused until the node is back,
 * and those already accepted are closed as the server stops.
 *
 * <p>Installed in every node as a filter on a path no request takes, so that it learns each node's
 * server as the node starts.
 */
public final class NodeListeners implements Filter {

  /** A path no request takes: the filter is there for its {@link #init}. */
  static final String PATH = "/verbatim-node-listeners/*";

  private static final Set<Server> running = ConcurrentHashMap.newKeySet();

  private Server server;

  @Override
  public void init(FilterConfig config) {
    server = ContextHandler.getContextHandler(config.getServletContext()).getServer();
    running.add(server);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
  }

  @Override
  public void destroy() {
    running.remove(server);
  }

  /** Closes the socket that the node on {@code port} accepts connections on. */
  static void close(int port) {
    for (Server node : running) {
      for (Connector connector : node.getConnectors()) {
        if (connector instanceof ServerConnector listening && listening.getLocalPort() == port) {
          listening.setAccepting(false); // its acceptor threads wait, not retry the closed socket
          listening.close();
        }
      }
    }
  }
}
