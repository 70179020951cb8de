package dev.verbatim.web;

import dev.verbatim.search.InvalidRequestException;
import dev.verbatim.search.SearchRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a {@link SearchRequest} from query parameters; a malformed value names its parameter. */
final class SearchParams {

  private SearchParams() {}

  static SearchRequest from(Context ctx) {
    return new SearchRequest(
        ctx.queryParam("q"),
        ctx.queryParam("type"),
        ctx.queryParam("speaker"),
        ctx.queryParam("article"),
        date(ctx, "from"),
        date(ctx, "to"),
        integer(ctx, "page", 1),
        integer(ctx, "size", SearchRequest.DEFAULT_SIZE),
        bool(ctx, "correct", true));
  }

  private static boolean bool(Context ctx, String name, boolean fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidRequestException(
              name, "parameter '" + name + "' must be true or false, got '" + shorten(value) + "'");
    };
  }

  private static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          name, "parameter '" + name + "' must be a whole number, got '" + shorten(value) + "'");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name,
          "parameter '"
              + name
              + "' must be an ISO date (YYYY-MM-DD), got '"
              + shorten(value)
              + "'");
    }
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
