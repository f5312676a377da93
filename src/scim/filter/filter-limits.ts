/**
 * Bounds on filter text (RFC 7644 section 3.4.2.2 sets none; section 7 asks service providers to
 * protect themselves). A filter over either bound is refused with 400 invalidFilter before any
 * Identity Store call. Other code (docs, `/ServiceProviderConfig` notes) advertises these values.
 */

/** Longest filter accepted, in UTF-16 code units (`string.length`). IdP filters are far shorter. */
export const MAX_FILTER_LENGTH = 4096;

/**
 * Deepest nesting accepted: each `(`, `not (` and value path `[` opens one level. The parser,
 * printer and evaluator recurse once per level, so this also bounds their stack use.
 */
export const MAX_FILTER_DEPTH = 32;
