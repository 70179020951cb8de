package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/** Writes records as compact JSON, the same way the HTTP API does; dates as ISO text. */
final class Json {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
