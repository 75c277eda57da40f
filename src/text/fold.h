/*
 * fold.h: normalization of text for dictionary matching.
 *
 * Dictionaries and sentences are compared in a folded form: Unicode NFC,
 * full case folding, typographic quotes folded to ASCII ' and ", dashes
 * (hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus)
 * folded to '-', the ellipsis to "...", no-break and other Unicode
 * spaces to ' ', and Turkish dotted and dotless I to 'i'.  Folding keeps
 * a byte map back to the input, so a match
 * found in folded text can be reported as a span of the original.
 */
#ifndef DYAD_TEXT_FOLD_H
#define DYAD_TEXT_FOLD_H

#include <stddef.h>
#include <stdint.h>

/*
 * Folds s[0..len) (UTF-8; ill-formed sequences become U+FFFD) into out.
 *
 * Returns the length of the folded text.  If it is < cap the text fits and
 * out[ret] is a NUL; otherwise out holds the first cap bytes and the
 * caller should retry with cap > ret.  cap = 3 * len + 1 always suffices.
 * map may be NULL; otherwise it must have room for cap + 1 entries and
 * receives, for each output byte i < min(ret, cap), the offset in s of
 * the start of the character (or combining sequence) it came from, and
 * map[ret] = len when ret < cap, so a folded span [a, b) converts to the
 * input span [map[a], map[b]).  ASCII runs take a fast path (direct
 * lower-casing).  No allocation; no failure.
 */
size_t text_fold(const char *s, size_t len, char *out, size_t cap,
                 uint32_t *map);

#endif /* DYAD_TEXT_FOLD_H */
