package dev.verbatim.web;

/**
 * The body of every error response.
 *
 * @param error what went wrong, in words a user can act on
 * @param param the request parameter at fault, or null
 */
record ApiError(String error, String param) {}
