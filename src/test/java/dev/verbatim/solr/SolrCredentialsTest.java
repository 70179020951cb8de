package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.TestIndex;
import dev.verbatim.search.SearchBackend;
import dev.verbatim.search.SearchRequest;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Solr's basic authentication: the credentials from the environment, on a cluster that needs them.
 */
@Tag("solr")
class SolrCredentialsTest {

  @Test
  void theEnvironmentGivesBothOrNeitherAndThePasswordIsNeverShown() {
    assertNull(SolrCredentials.fromEnvironment(Map.of()));
    SolrCredentials both =
        SolrCredentials.fromEnvironment(
            Map.of(
                SolrCredentials.USER_VARIABLE, "indexer",
                SolrCredentials.PASSWORD_VARIABLE, "s3cret-pass"));
    assertEquals(new SolrCredentials("indexer", "s3cret-pass"), both);
    assertFalse(both.toString().contains("s3cret-pass"), both.toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SolrCredentials.fromEnvironment(Map.of(SolrCredentials.USER_VARIABLE, "indexer")));
    assertEquals(
        "VERBATIM_SOLR_USER is set but VERBATIM_SOLR_PASSWORD is not; Solr's basic authentication"
            + " needs both",
        e.getMessage());
  }

  @Test
  void withTheCredentialsASecuredClusterIsBuiltAndSearched() {
    TestCluster cluster = TestCluster.secured();
    try (SolrConnection solr = cluster.connect()) {
      TestCluster.build(solr, "secured", TestIndex.seedArticles());
      try (SearchBackend search = SolrSearch.open(solr, "secured")) {
        assertTrue(search.search(SearchRequest.of("flattery")).total() > 0);
      }
    }
  }

  @Test
  void withoutCredentialsOrWithAWrongPasswordTheErrorSaysWhatToSet() {
    TestCluster cluster = TestCluster.secured();
    try (SolrConnection anonymous = SolrConnection.to(cluster.urls())) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> anonymous.request(CollectionAdminRequest.getClusterStatus(), null));
      assertTrue(
          e.getMessage().startsWith("Solr asks for a user name and password (")
              && e.getMessage().endsWith("); set VERBATIM_SOLR_USER and VERBATIM_SOLR_PASSWORD"),
          e.getMessage());
    }
    SolrCredentials wrong = new SolrCredentials(TestCluster.USER.user(), "not-the-password");
    try (SolrConnection guessed = SolrConnection.to(cluster.urls(), wrong)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> guessed.request(CollectionAdminRequest.getClusterStatus(), null));
      assertTrue(e.getMessage().startsWith("Solr refused user 'verbatim' ("), e.getMessage());
      assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
    }
  }
}
