/**
 * The HTTP front end: Javalin routes for the JSON API and the static search page.
 *
 * <p>{@link dev.verbatim.web.WebServer} maps requests to {@code search} calls and errors to JSON;
 * it holds no search logic and reaches the index only through the search port, {@link
 * dev.verbatim.search.SearchBackend}.
 */
package dev.verbatim.web;
