package dev.verbatim.solr;

import java.util.Map;

/**
 * A user name and password for a SolrCloud cluster with basic authentication on, taken from the
 * environment and never from the command line, where other users of the machine see them.
 *
 * @param user the Solr user
 * @param password its password
 */
public record SolrCredentials(String user, String password) {

  public static final String USER_VARIABLE = "VERBATIM_SOLR_USER";
  public static final String PASSWORD_VARIABLE = "VERBATIM_SOLR_PASSWORD";

  /**
   * The credentials {@code environment} holds, or null when it holds none.
   *
   * @throws IllegalArgumentException when only one of the two variables is set
   */
  public static SolrCredentials fromEnvironment(Map<String, String> environment) {
    String user = environment.get(USER_VARIABLE);
    String password = environment.get(PASSWORD_VARIABLE);
    boolean hasUser = user != null && !user.isEmpty();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasUser != hasPassword) {
      throw new IllegalArgumentException(
          (hasUser ? USER_VARIABLE : PASSWORD_VARIABLE)
              + " is set but "
              + (hasUser ? PASSWORD_VARIABLE : USER_VARIABLE)
              + " is not; Solr's basic authentication needs both");
    }
    return hasUser ? new SolrCredentials(user, password) : null;
  }

  @Override
  public String toString() {
    return "SolrCredentials[user=" + user + ", password=…]"; // never the password, in any message
  }
}
