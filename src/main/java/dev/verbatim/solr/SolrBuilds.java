package dev.verbatim.solr;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * What the last committed build of a collection recorded: the schema and quote-rules versions, and
 * when it committed. Empty values when the collection has no build yet.
 */
record SolrBuilds(String pipeline, String built) {

  static SolrBuilds of(SolrConnection solr, String collection) {
    SolrQuery query =
        new SolrQuery(SolrFields.ID + ":" + SolrFields.BUILD_ID)
            .setFields(SolrFields.PIPELINE, SolrFields.BUILT)
            .setRows(1);
    SolrDocumentList found =
        new QueryResponse(solr.request(new QueryRequest(query), collection), null).getResults();
    if (found.isEmpty()) {
      return new SolrBuilds("", null);
    }
    SolrDocument build = found.get(0);
    return new SolrBuilds(
        String.valueOf(build.getFirstValue(SolrFields.PIPELINE)),
        (String) build.getFirstValue(SolrFields.BUILT));
  }
}
