/**
 * The HTTP front end: Javalin routes for the JSON API and the static search page.
 *
 * <p>{@link dev.verbatim.web.WebServer} maps requests to {@code search} calls and errors to JSON;
 * it holds no search logic and reaches the index only through the search port, {@link
 * dev.verbatim.search.SearchBackend}. Served beyond loopback, {@link dev.verbatim.web.KeyCheck}
 * lets in only requests with one of the {@link dev.verbatim.web.AccessKeys}, and slows down an
 * address that guesses ({@link dev.verbatim.web.FailedAttempts}).
 */
package dev.verbatim.web;
