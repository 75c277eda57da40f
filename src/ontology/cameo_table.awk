# cameo_table.awk: turns data/cameo_codes.tsv into a C source file holding
# the CAMEO code table as a static const array (see cameo_table.h).
#
# Input: '#' comment lines, one header line, then rows
#   code  root  quad_class  goldstein  plover  name
# The build fails (exit 1, message on stderr) when a row has the wrong
# number of fields, a code that is not 2-4 digits, a root that is not the
# code's first two digits, a quad class outside 1..4, a non-numeric
# Goldstein score outside -10..10, or when rows are not in strictly
# ascending byte order of code (the library binary-searches the table).
BEGIN { FS = "\t"; n = 0; header = 0; prev = "" }

function fail(msg) {
  printf("%s:%d: %s\n", FILENAME, FNR, msg) > "/dev/stderr"
  bad = 1
  exit 1
}

function cstr(s) {
  gsub(/\\/, "\\\\", s)
  gsub(/"/, "\\\"", s)
  return "\"" s "\""
}

/^#/ || /^[ \t]*$/ { next }

!header {
  if ($1 != "code") fail("expected the header line 'code\troot\t...'")
  header = 1
  next
}

{
  if (NF != 6) fail("expected 6 tab-separated fields, got " NF)
  if ($1 !~ /^[0-9][0-9][0-9]?[0-9]?$/) fail("bad code '" $1 "'")
  if ($2 != substr($1, 1, 2)) fail("root '" $2 "' is not the prefix of " $1)
  if ($3 !~ /^[1-4]$/) fail("quad_class must be 1..4")
  if ($4 !~ /^-?[0-9]+(\.[0-9]+)?$/ || $4 + 0 < -10 || $4 + 0 > 10)
    fail("goldstein must be a number in -10..10")
  if ($5 !~ /^[A-Z]*$/) fail("plover must be an upper-case type or empty")
  if ($6 == "") fail("empty name")
  key = $1 ""
  if (n > 0 && !(prev < key)) fail("codes out of order: " prev " then " $1)
  prev = key
  row[n++] = sprintf("  {%s, %s, %s, %d, %s, %s},", cstr($1), cstr($2),
                     cstr($6), $3, $4, cstr($5))
}

END {
  if (bad) exit 1
  if (n == 0) { print "cameo_table.awk: no codes" > "/dev/stderr"; exit 1 }
  print "/* Generated from data/cameo_codes.tsv by src/ontology/cameo_table.awk."
  print " * Do not edit: edit the TSV instead. */"
  print "#include \"ontology/cameo_table.h\""
  print ""
  print "const dyad_code_info cameo_table[] = {"
  for (i = 0; i < n; i++) print row[i]
  print "};"
  print ""
  print "const size_t cameo_table_len = sizeof cameo_table / sizeof cameo_table[0];"
}
