package dev.verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configset in the jar and the field names the backend writes stay in step (no cluster needed).
 */
class SolrConfigSetTest {

  private static String schema() throws IOException {
    try (InputStream in =
        SolrConfigSetTest.class.getResourceAsStream("/dev/verbatim/solr/configset/schema.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void schemaIsNamedForTheVersionTheBackendReads() throws IOException {
    assertTrue(
        schema().contains("<schema name=\"" + SolrFields.SCHEMA_NAME + "\""),
        "schema.xml must be named " + SolrFields.SCHEMA_NAME);
  }

  @Test
  void everyFieldTheBackendWritesIsDeclared() throws IOException, IllegalAccessException {
    String schema = schema();
    List<String> missing = new ArrayList<>();
    for (Field constant : SolrFields.class.getDeclaredFields()) {
      boolean fieldName =
          Modifier.isStatic(constant.getModifiers())
              && constant.getType() == String.class
              && !constant.getName().startsWith("TYPE_")
              && !constant.getName().startsWith("SCHEMA_")
              && !constant.getName().equals("BUILD_ID");
      if (fieldName) {
        constant.setAccessible(true);
        String name = (String) constant.get(null);
        if (!schema.contains("<field name=\"" + name + "\"")) {
          missing.add(name);
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
