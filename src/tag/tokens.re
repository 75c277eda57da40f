/*
 * tokens.re: the re2c scanner of the tagging stage (compiled by re2c 3.0
 * into build/gen/tokens.c by src/tag/module.mk).
 *
 * One call returns one raw token of a sentence: a word (any script, with
 * inner hyphens, digits and apostrophes kept: "cease-fire", "O'Brien",
 * "Russia's" -- tag.c later splits clitics and possessives off), a number
 * ("1,000.5", "10:30"), an ordinal ("3rd"), an abbreviation ("U.S.",
 * "Mr.", "Jan."; not a title before a name ending the sentence: "Hun
 * Sen."), a URL or e-mail address, a quote, a dash, punctuation or
 * a symbol.  Whitespace (including U+00A0) separates tokens.  Letters
 * outside ASCII are recognised by UTF-8 byte classes: every multi-byte
 * sequence is a letter except Latin-1 punctuation (C2 xx), the x and /
 * signs, the U+2000-U+2FFF punctuation and symbol blocks and emoji, which
 * are symbols.  Invalid bytes become one-byte symbols, so any input scans.
 *
 * The buffer must hold a NUL at s[len] (the re2c sentinel); NUL bytes
 * before that are ordinary symbols (bounds are checked on the sentinel).
 */
#include <stddef.h>

#include "tag/tag.h"

int tag_scan(const char *s, size_t len, size_t *cursor, size_t *start) {
  const unsigned char *YYCURSOR, *YYMARKER, *YYLIMIT, *tok;
  const unsigned char *base = (const unsigned char *)s;
  /*!stags:re2c format = "const unsigned char *@@ = NULL;\n"; */
  YYCURSOR = base + *cursor;
  YYLIMIT = base + len;
  YYMARKER = YYCURSOR;
  for (;;) {
    tok = YYCURSOR;
    /*!re2c
      re2c:define:YYCTYPE = "unsigned char";
      re2c:yyfill:enable = 0;
      re2c:eof = 0;
      re2c:flags:tags = 1;

      A     = [A-Za-z];
      D     = [0-9];
      NL    = [\xC3][\x80-\x96\x98-\xB6\xB8-\xBF]
            | [\xC4-\xDF][\x80-\xBF]
            | [\xE0][\xA0-\xBF][\x80-\xBF]
            | [\xE1\xE3-\xEC\xEE][\x80-\xBF][\x80-\xBF]
            | [\xED][\x80-\x9F][\x80-\xBF]
            | [\xEF][\x80-\xBE][\x80-\xBF]
            | [\xF0][\x90-\x9E][\x80-\xBF][\x80-\xBF]
            | [\xF1-\xF3][\x80-\xBF][\x80-\xBF][\x80-\xBF]
            | [\xF4][\x80-\x8F][\x80-\xBF][\x80-\xBF];
      L     = A | NL;
      AN    = L | D;
      RSQ   = "\xE2\x80\x99";
      APOS  = ['] | RSQ;
      SEG   = AN+ (APOS AN+)*;
      WORD  = L AN* (APOS AN+)* ("-" SEG)*;
      NUM   = D+ ("," D D D)* ("." D+)? | "." D+;
      ABBR1 = (A ".")+ A ".";
      TITLE = ("Mr"|"Mrs"|"Ms"|"Dr"|"Gen"|"Lt"|"Col"|"Maj"|"Capt"|"Sgt"
              |"Adm"|"Cmdr"|"Gov"|"Sen"|"Rep"|"Rev"|"Prof"|"Pres"|"St"|"Jr"
              |"Sr"|"Inc"|"Corp"|"Co"|"Ltd"|"Bros"|"vs"|"etc"|"Jan"|"Feb"
              |"Mar"|"Apr"|"Aug"|"Sep"|"Sept"|"Oct"|"Nov"|"Dec"|"Mt"|"Ft"
              |"Ave"|"Gens"|"Reps"|"Sens"|"Dept"|"Govt"|"Messrs"|"Mme"
              |"Gov"|"Amb"|"Brig"|"Lt.Gen"|"Sgt.Maj") ".";
      PTITLE = ("Mr"|"Mrs"|"Ms"|"Dr"|"Gen"|"Lt"|"Col"|"Maj"|"Capt"|"Sgt"
               |"Adm"|"Cmdr"|"Gov"|"Sen"|"Rep"|"Rev"|"Prof"|"Pres"|"Gens"
               |"Reps"|"Sens"|"Messrs"|"Mme"|"Amb"|"Brig") ".";
      INITIAL = [A-Z] ".";
      URLCH = [^\x00-\x20"<>];
      EMCH  = [A-Za-z0-9._%+\-];
      DOM   = [A-Za-z0-9\-]+;
      U2    = [\xC2-\xDF][\x80-\xBF];
      U3    = [\xE0-\xEF][\x80-\xBF][\x80-\xBF];
      U4    = [\xF0-\xF4][\x80-\xBF][\x80-\xBF][\x80-\xBF];

      $ { *cursor = len; *start = len; return -1; }

      [ \t\r\n\v\f]+ | "\xC2\xA0" | "\xE2\x80" [\x80-\x8B\xAF] | "\xE3\x80\x80"
        { continue; }

      ("https"|"http"|"ftp"|"HTTPS"|"HTTP") "://" URLCH+ | "www." URLCH+ {
        /* trailing punctuation belongs to the sentence, not the URL */
        while (YYCURSOR > tok + 4 && (YYCURSOR[-1] == '.' || YYCURSOR[-1] == ','
               || YYCURSOR[-1] == ';' || YYCURSOR[-1] == ':' || YYCURSOR[-1] == '!'
               || YYCURSOR[-1] == '?' || YYCURSOR[-1] == ')' || YYCURSOR[-1] == '\''))
          YYCURSOR--;
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_URL;
      }
      EMCH+ "@" DOM ("." DOM)+ {
        while (YYCURSOR > tok + 1 && (YYCURSOR[-1] == '.' || YYCURSOR[-1] == '-'))
          YYCURSOR--;
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_EMAIL;
      }
      DOM ("." DOM)* "." ("com"|"org"|"net"|"gov"|"edu"|"int"|"mil") / [^A-Za-z0-9] {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_URL;
      }

      WORD {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_WORD;
      }
      "No." / [ ]? D {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_ABBREV;
      }
      PTITLE {
        /* a title comes before a name, so one that ends the sentence
         * (only spaces, quotes or ')' after it) is a name or word and
         * its period the full stop: "met Hun Sen.", "Amartya Sen." */
        const unsigned char *q = YYCURSOR;
        while (q < YYLIMIT && (*q == ' ' || *q == '"' || *q == '\'' ||
                               *q == ')'))
          q++;
        *start = (size_t)(tok - base);
        if (q == YYLIMIT) {
          *cursor = (size_t)(YYCURSOR - base) - 1;
          return TAG_T_WORD;
        }
        *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_ABBREV;
      }
      (ABBR1 | TITLE | INITIAL) ("-" SEG)* {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_ABBREV;
      }
      ([A-Z] ".")+ [A-Z] / [^.A-Za-z0-9] {
        /* capitals dotted but for the last, "U.S officials", "U.K-based":
         * one abbreviation, not an initial and a word */
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_ABBREV;
      }
      NUM | D+ ":" D D (":" D D)? | NUM "-" NUM | NUM "/" NUM {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_NUMBER;
      }
      D+ ("st"|"nd"|"rd"|"th"|"ST"|"ND"|"RD"|"TH") {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_ORDINAL;
      }
      NUM ("-" SEG)+ | D+ AN* L AN* ("-" SEG)* {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_WORD;
      }

      "``" | "''" | ["'`] | "\xE2\x80" [\x98-\x9F] | "\xC2\xAB" | "\xC2\xBB"
           | "\xE2\x80\xB9" | "\xE2\x80\xBA" {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_QUOTE;
      }
      "-"+ | "\xE2\x80" [\x90-\x95] | "\xE2\x88\x92" {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_DASH;
      }
      "..." "."* | "\xE2\x80\xA6" | [.!?]+ | [,;:] | [()[\]{}] {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_PUNCT;
      }
      U2 | U3 | U4 | [^] {
        *start = (size_t)(tok - base); *cursor = (size_t)(YYCURSOR - base);
        return TAG_T_SYMBOL;
      }
    */
  }
}
