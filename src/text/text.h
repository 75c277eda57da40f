/*
 * text.h: the text stage: UTF-8 repair, paragraphs and sentences.
 *
 * text_prepare turns the raw bytes of an article into the sentences the
 * coder works on.  It repairs the bytes into valid UTF-8 (each ill-formed
 * sequence becomes U+FFFD and is counted), finds paragraphs, headline and
 * caption lines, and splits body paragraphs into sentences with rules for
 * abbreviations, initials, numbers, ellipses, quotations and parentheses.
 * Every sentence keeps a byte span into the RAW text, so positions survive
 * the repair.  The rules are documented next to their code in text.c and
 * summarised here:
 *
 *   Lines end at LF, CR, CRLF, VT, FF, U+0085, U+2028, U+2029.  A blank
 *   line (only whitespace), FF or U+2029 ends a paragraph; so does a line
 *   that starts with a tab or two or more spaces (indentation).  A line
 *   ending in a dash or colon, or a dateline such as "MOSCOW (Reuters)",
 *   continues into the next block even across a blank line.
 *
 *   CAPTION: a line starting with Credit:, Photo:, Photograph:, Image:,
 *   Image copyright, Image caption, Media caption, Caption:, Pictured:,
 *   Picture:, File photo, Copyright, the (c) sign U+00A9, Getty Images,
 *   "(AFP Photo", "(AP Photo", "(Photo" ..., or
 *   ending in a parenthesis that mentions photo/credit/getty/image/picture,
 *   or in "Getty Images", "/AFP", "/Reuters", "/AP", "/EPA".  Following
 *   lines that start in lower case belong to the caption.  A caption is one
 *   sentence and its own paragraph.
 *
 *   HEADLINE: a line of at most 150 bytes and 20 words that starts with an
 *   upper-case letter, digit or opening quote, contains a letter, does not
 *   end in sentence or continuation punctuation (. ! ? ... : ; , - /) and
 *   is at the start of a block or follows a line ending a sentence; and
 *   either stands alone (blank line or end of text after it) or the next
 *   line starts a sentence, the line is not "filled" (with two or more
 *   lines after it in the block: its length plus the next line's first
 *   word must fit in the widest of them, else it is a hard-wrapped line;
 *   with one line after it: it must not be longer than that line), and it
 *   is in title case (half of its words other than small words like "of",
 *   "the" are capitalised) or shorter than 60% of that widest line.  A headline is one sentence and its own
 *   paragraph.
 *
 *   Sentences end at . ! ? ... (and CJK 。！？) followed by optional
 *   closing quotes/brackets and then whitespace or the end of the
 *   paragraph, unless: the next word starts in lower case; the terminator
 *   lies inside a balanced quotation or parenthesis (at most 400 bytes,
 *   within the paragraph) whose closing mark is not part of the terminator;
 *   the word before the period is a title (Mr. Dr. Gen. Sen. ...), a
 *   number abbreviation (No. Art. Vol. p. pp. Fig., months, vs.) followed
 *   by a digit, a list number at the start of the sentence ("1."), or an
 *   initial (one capital letter), a dotted abbreviation (U.S. a.m. Ph.D.)
 *   or a known abbreviation (Inc. Corp. Ltd. Jr. etc. St. ...) -- these
 *   three end the sentence only when the next word is a clear sentence
 *   starter (The, He, She, It, They, We, But, In, ... see text.c); an
 *   ellipsis ends a sentence only before an upper-case word.  A sentence
 *   longer than TEXT_MAX_SENTENCE bytes is cut at the next space.  The
 *   quotation look-ahead costs at most 400 bytes per opening mark, so the
 *   whole pass stays linear in the input.
 */
#ifndef DYAD_TEXT_TEXT_H
#define DYAD_TEXT_TEXT_H

#include <stddef.h>

#include "dyad.h"

/* Longest sentence kept whole, in bytes; longer runs are cut at a space. */
#define TEXT_MAX_SENTENCE 4096
/* Raw input beyond this many bytes is ignored (spans are 32-bit). */
#define TEXT_MAX_INPUT ((size_t)1 << 30)

/*
 * Repairs a->text and appends its sentences to r.
 *
 * The caller resets r first (result_reset); text_prepare sets r->clean /
 * r->clean_len (the text with ill-formed UTF-8 replaced by U+FFFD and C0
 * control characters other than TAB, LF, VT, FF, CR replaced by a space;
 * the same length as the raw text when nothing was replaced) and
 * r->invalid_bytes (the number of ill-formed sequences, each maximal
 * subpart counted once, as in Unicode's "U+FFFD substitution of maximal
 * subparts").  Sentences are appended with index counting on from
 * r->n_sents and paragraphs from the last sentence's paragraph, so a
 * caller may add the title first.  Each sentence's text lives in r's
 * arena: valid UTF-8, NUL-terminated, whitespace runs (newlines, NBSP,
 * Unicode spaces) collapsed to one space, zero-width characters removed,
 * trimmed, and the HTML entities &amp; &lt; &gt; &quot; &apos; &nbsp;
 * &ndash; &mdash; &hellip; &lsquo; &rsquo; &ldquo; &rdquo; &#N; &#xH;
 * decoded.  span is the byte range of the sentence in a->text.
 *
 * Returns DYAD_OK, or DYAD_ERR_NOMEM (r then holds the sentences appended
 * before the failure).  Allocates only from r (its arena and sentence
 * array), nothing per character.
 */
int text_prepare(dyad_result *r, const dyad_article *a);

/* Internal, shared with fold.c: length (1..3) of the maximal subpart of
 * the ill-formed UTF-8 sequence starting at s (n >= 1 bytes available). */
size_t text_utf8_badlen(const unsigned char *s, size_t n);

#endif /* DYAD_TEXT_TEXT_H */
