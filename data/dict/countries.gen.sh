#!/bin/sh
# countries.gen.sh: writes dyad's state and territory actor dictionary.
#
# dyad does not ship a hand-kept list of country names: at build time this
# script reads the ISO 3166-1 table of Debian's iso-codes package
# (/usr/share/iso-codes/json/iso_3166-1.json) and writes, to stdout, an
# actor dictionary in the PETRARCH 2 format: one entry per state or
# territory, its ISO short name first, then its common and official names
# and their spelling variants as `+` synonyms, all coded with the CAMEO
# country code.  CAMEO country codes are the ISO alpha-3 codes except for
# the few listed in cameo_code() below.  Short names, demonyms, capitals,
# metonyms and historical states that ISO lacks are in
# countries.extra.actors.txt, which is written by hand.
#
# Variants made from each name:
#   "Korea, Republic of"           -> REPUBLIC_OF_KOREA_ and KOREA_
#   "Virgin Islands, British"      -> BRITISH_VIRGIN_ISLANDS_
#   "Falkland Islands (Malvinas)"  -> FALKLAND_ISLANDS_
#   "Côte d'Ivoire"                -> CÔTE_D'IVOIRE_ and COTE_D'IVOIRE_
#   "Guinea-Bissau"                -> GUINEA-BISSAU_ and GUINEA_BISSAU_
#   "Saint Lucia"                  -> SAINT_LUCIA_ and ST._LUCIA_
#   "People's Republic of China"   -> PEOPLE_'S_REPUBLIC_OF_CHINA_ (the
#                                     tokenizer splits the possessive off)
# Every phrase ends in `_` (the last word must match exactly).  A phrase
# that two codes would share (KOREA_, CONGO_, VIRGIN_ISLANDS_) is left out
# of both and listed in a comment at the end of the output.
#
# Usage: sh countries.gen.sh [/usr/share/iso-codes/json/iso_3166-1.json]
# Needs only a POSIX sh and awk (tested with mawk on Debian 12).  Exits 1
# with a message on stderr if the input cannot be read or holds no
# countries.
#
# Licence of this script and of dyad's dictionaries: the dyad licence (see
# the repository root).  The names it writes come from iso-codes
# (Debian package iso-codes, LGPL-2.1-or-later); the CAMEO code exceptions
# below are facts from the CAMEO manual.

set -eu

in=${1:-/usr/share/iso-codes/json/iso_3166-1.json}
if [ ! -r "$in" ]; then
  echo "countries.gen.sh: cannot read $in" >&2
  exit 1
fi
ver=$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo unknown)

LC_ALL=C awk -v src="$in" -v ver="$ver" '
# ---------------------------------------------------------------------
# CAMEO code of an ISO alpha-3 code.  dyad uses the ISO spellings where
# the CAMEO manual has older ones: ROU (manual ROM), MNE (MTN), TLS (TMP),
# as current CAMEO dictionaries do.  Kosovo (KSV) has no ISO entry and is
# in countries.extra.actors.txt.
# ---------------------------------------------------------------------
function cameo_code(a3) {
  return a3
}

# ---------------------------------------------------------------------
# Byte tables for UTF-8 Latin-1 letters (lead byte \303): upper-casing
# and folding to ASCII.  Built from numbers so the program text stays
# ASCII.
# ---------------------------------------------------------------------
function init_tables(   n, f, i) {
  # ASCII folding of the second byte 0x80..0xBF (upper and lower rows
  # are the same letters); "" = no folding (multiplication/division sign).
  split("A A A A A A AE C E E E E I I I I D N O O O O O - O U U U U Y TH SS", f, " ")
  for (i = 0; i < 32; i++) {
    fold2[sprintf("%c", 128 + i)] = (f[i + 1] == "-") ? "" : f[i + 1]
    fold2[sprintf("%c", 160 + i)] = (f[i + 1] == "-") ? "" : f[i + 1]
  }
  fold2[sprintf("%c", 191)] = "Y"
  # upper-casing: second bytes 0xA0..0xBE map to 0x80..0x9E, except the
  # division sign (0xB7) and sharp s (0x9F, has no single upper case).
  for (n = 160; n <= 190; n++)
    if (n != 183) up2[sprintf("%c", n)] = sprintf("%c", n - 32)
  lead = sprintf("%c", 195)
}

# Upper case of s: ASCII letters and the Latin-1 letters of UTF-8.
function upper(s,   out, i, c, d) {
  s = toupper(s)
  if (index(s, lead) == 0) return s
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    d = substr(s, i + 1, 1)
    if (c == lead && (d in up2)) { out = out c up2[d]; i++ }
    else out = out c
  }
  return out
}

# ASCII folding of s; "" if s holds a byte that cannot be folded.
function fold(s,   out, i, c, d) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == lead) {
      d = substr(s, i + 1, 1)
      if (!(d in fold2) || fold2[d] == "") return ""
      out = out fold2[d]
      i++
    } else if (c > "~") {
      return ""
    } else out = out c
  }
  return out
}

function trim(s) {
  gsub(/^[ \t]+|[ \t]+$/, "", s)
  gsub(/[ \t]+/, " ", s)
  return s
}

# ---------------------------------------------------------------------
# Phrases.  phr_owner[p] is the code of phrase p, or "*" once two codes
# have claimed it (amb_codes[p] then lists them).  code_list[code] is the
# newline-separated list of the code'"'"'s phrases in order of creation.
# ---------------------------------------------------------------------
function add_phrase(code, name,   p) {
  name = trim(name)
  if (name == "") return
  p = upper(name)
  gsub(/ /, "_", p)
  p = p "_"
  gsub(/'"'"'S_/, "_'"'"'S_", p)
  if (p in phr_owner) {
    if (phr_owner[p] != code && phr_owner[p] != "*") {
      amb_codes[p] = phr_owner[p] " " code
      phr_owner[p] = "*"
    } else if (phr_owner[p] == "*" && index(" " amb_codes[p] " ", " " code " ") == 0) {
      amb_codes[p] = amb_codes[p] " " code
    }
    return
  }
  phr_owner[p] = code
  code_list[code] = code_list[code] p "\n"
}

# One name and its spelling variants: ASCII folding, hyphen as space,
# "Saint" as "St.".
function add_spellings(code, name,   a) {
  add_variants(code, name)
  a = fold(name)
  if (a != "" && a != name) add_variants(code, a)
}
function add_variants(code, name,   v) {
  add_phrase(code, name)
  if (index(name, "-") > 0) {
    v = name; gsub(/-/, " ", v); add_phrase(code, v)
  }
  if (name ~ /(^| )Saint /) {
    v = name; gsub(/Saint /, "St. ", v); add_phrase(code, v)
  }
}

# A name as iso-codes writes it: drops a parenthetical and turns
# "X, Y of" / "X, The Y of the" / "X, Adjective" around.
function add_name(code, name,   before, after, k) {
  name = trim(name)
  if (name == "") return
  if (index(name, "(") > 0) {
    gsub(/ *\([^)]*\)/, "", name)
    name = trim(name)
  }
  k = index(name, ", ")
  if (k == 0) { add_spellings(code, name); return }
  before = substr(name, 1, k - 1)
  after = substr(name, k + 2)
  if (after ~ / of$/ || after ~ / of the$/) {
    after = after " " before
    sub(/^The /, "", after)
    add_spellings(code, after)
  } else if (after ~ /^[A-Z][A-Za-z.]*$/) {
    add_spellings(code, after " " before)
  }
  add_spellings(code, before)
}

# ---------------------------------------------------------------------
# A small JSON scanner: enough for iso_3166-1.json (an object holding an
# array of flat objects of string members).  Strings are decoded for the
# escapes \" \\ \/ and \uXXXX below U+0800; others are kept as written.
# ---------------------------------------------------------------------
function utf8(cp) {
  if (cp < 128) return sprintf("%c", cp)
  if (cp < 2048) return sprintf("%c%c", 192 + int(cp / 64), 128 + cp % 64)
  return sprintf("%c%c%c", 224 + int(cp / 4096), 128 + int(cp / 64) % 64, 128 + cp % 64)
}
function hexval(h,   i, v) {
  v = 0
  h = toupper(h)
  for (i = 1; i <= 4; i++) v = v * 16 + index("0123456789ABCDEF", substr(h, i, 1)) - 1
  return v
}
function unescape(s,   out, i, c, n) {
  if (index(s, "\\") == 0) return s
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c != "\\") { out = out c; continue }
    n = substr(s, i + 1, 1)
    if (n == "u" && substr(s, i + 2, 4) ~ /^[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]$/) {
      out = out utf8(hexval(substr(s, i + 2, 4))); i += 5
    } else if (n == "n" || n == "t") { out = out " "; i++ }
    else { out = out n; i++ }
  }
  return out
}

function end_record() {
  if (rec["alpha_3"] ~ /^[A-Z][A-Z][A-Z]$/ && rec["name"] != "") {
    nrec++
    ord[nrec] = rec["alpha_3"]
    iso_name[nrec] = rec["name"]
    code = cameo_code(rec["alpha_3"])
    add_name(code, rec["name"])
    if ("common_name" in rec) add_name(code, rec["common_name"])
    if ("official_name" in rec) add_name(code, rec["official_name"])
  }
  for (k in rec) delete rec[k]
}

BEGIN { init_tables(); depth = 0; nrec = 0; key = ""; expect_value = 0 }

{ buf = buf $0 "\n" }

END {
  s = buf
  while (length(s) > 0) {
    if (match(s, /^[ \t\r\n,]+/)) { s = substr(s, RLENGTH + 1); continue }
    c = substr(s, 1, 1)
    if (c == "{" || c == "[") {
      depth++
      s = substr(s, 2); key = ""; expect_value = 0
      continue
    }
    if (c == "}" || c == "]") {
      if (c == "}" && depth == 3) end_record()
      depth--
      s = substr(s, 2)
      continue
    }
    if (c == ":") { expect_value = 1; s = substr(s, 2); continue }
    if (c == "\"") {
      if (!match(s, /^"([^"\\]|\\.)*"/)) { bad = 1; break }
      str = unescape(substr(s, 2, RLENGTH - 2))
      s = substr(s, RLENGTH + 1)
      if (expect_value) {
        if (depth == 3) rec[key] = str
        expect_value = 0; key = ""
      } else key = str
      continue
    }
    # numbers, true, false, null
    if (match(s, /^[-+0-9.eEtrufalsn]+/)) {
      s = substr(s, RLENGTH + 1); expect_value = 0; key = ""
      continue
    }
    bad = 1
    break
  }
  if (bad || nrec == 0) {
    print "countries.gen.sh: " src ": not an iso-codes ISO 3166-1 JSON file" > "/dev/stderr"
    exit 1
  }

  print "# countries.actors.txt: dyad states and territories (PETRARCH 2 actor format)."
  print "# Generated by data/dict/countries.gen.sh; do not edit."
  print "# Source: " src
  print "#   from iso-codes " ver " (Debian package iso-codes, LGPL-2.1-or-later):"
  print "#   ISO 3166-1 short, common and official names."
  print "# Codes: CAMEO country codes (ISO alpha-3; ROU, MNE, TLS as in ISO)."
  print "# Licence of this file: the dyad licence (see the repository root)."
  print "# Short names, demonyms, capitals and historical states are in"
  print "# countries.extra.actors.txt."
  print ""
  n_ent = 0; n_phr = 0
  for (i = 1; i <= nrec; i++) {
    code = cameo_code(ord[i])
    if (done[code]) continue
    done[code] = 1
    m = split(code_list[code], lst, "\n")
    first = 1
    for (j = 1; j <= m; j++) {
      p = lst[j]
      if (p == "" || phr_owner[p] != code) continue
      if (first) {
        print "# " ord[i] " " iso_name[i]
        print p " [" code "]"
        first = 0; n_ent++
      } else print "+" p
      n_phr++
    }
    if (!first) print ""
  }
  namb = 0
  for (p in amb_codes) namb++
  if (namb > 0) {
    print "# Left out because several codes share them:"
    # fixed order: by phrase
    k = 0
    for (p in amb_codes) amb_sorted[++k] = p
    for (i = 2; i <= k; i++) {
      v = amb_sorted[i]
      for (j = i - 1; j >= 1 && amb_sorted[j] > v; j--) amb_sorted[j + 1] = amb_sorted[j]
      amb_sorted[j + 1] = v
    }
    for (i = 1; i <= k; i++) print "#   " amb_sorted[i] " (" amb_codes[amb_sorted[i]] ")"
    print ""
  }
  print "# " n_ent " entries, " n_phr " phrases."
}
' "$in"
