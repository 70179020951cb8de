package dev.verbatim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before any route sees them — an ambiguous path such as
 * {@code /%2e%2e/pom.xml}, a request line or headers over the size limit — in the API's shape: a
 * JSON {@link ApiError} with the same security headers as every other response, instead of Jetty's
 * HTML page without them.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper json;
  private final Map<String, String> headers;

  JsonErrorHandler(ObjectMapper json, Map<String, String> headers) {
    this.json = json;
    this.headers = headers;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int status,
      String message,
      Throwable cause,
      Callback callback) {
    headers.forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, body(status, message), callback);
  }

  private ByteBuffer body(int status, String message) {
    try {
      String error =
          "request refused (HTTP "
              + status
              + (message == null || message.isBlank() ? "" : ": " + message)
              + ")";
      return ByteBuffer.wrap(json.writeValueAsBytes(new ApiError(error, null)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an error as JSON", e);
    }
  }
}
