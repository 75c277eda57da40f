#!/usr/bin/env python3
"""make_cameo_table.py: derives data/cameo_codes.tsv from reference facts.

Run once by hand (not at build time):

    python3 tools/make_cameo_table.py ../shared/reference > data/cameo_codes.tsv

It reads two reference tables and writes dyad's own code table with the
columns dyad needs: code, root, quad_class, goldstein, plover, name.

  * quad_class is the GDELT convention (column `quad_class`), goldstein the
    `goldstein` column (GDELT lookup, or inherited from the parent code for
    the few CAMEO 1.1b3 codes GDELT lacks).
  * plover is the PLOVER event type of the CAMEO2PLOVER-2021 mapping.  A code
    absent from the mapping inherits the type of its nearest mapped parent;
    a root code absent from the mapping takes the type of its
    "not specified below" child (root + "0", e.g. 19 <- 190).  Codes with
    no mapped ancestor (the 01 and 02 families) get "".
  * Rows are sorted by code in byte order, which the build checks, so that
    the runtime can binary-search the table.
"""
import csv
import sys
import os


def main():
    ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
    codes = {}
    with open(os.path.join(ref, "cameo_codes.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            codes[row["code"]] = row
    mapping = {}
    with open(os.path.join(ref, "cameo_to_plover.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["plover_event"]:
                mapping.setdefault(row["cameo_code"], row["plover_event"])

    def plover(code):
        c = code
        while c:
            if c in mapping:
                return mapping[c]
            row = codes[c]
            if row["parent_code"]:
                c = row["parent_code"]
            else:                       # a root: use its X0 child
                return mapping.get(c + "0", "")
        return ""

    out = sys.stdout
    out.write("# cameo_codes.tsv: dyad's table of CAMEO event codes.\n")
    out.write("#\n")
    out.write("# Codes, roots and quad classes follow the CAMEO manual 1.1b3 as\n")
    out.write("# tabulated by GDELT (quad_class: 1 verbal cooperation, 2 material\n")
    out.write("# cooperation, 3 verbal conflict, 4 material conflict); goldstein is\n")
    out.write("# the Goldstein (1992) score from the GDELT CAMEO lookup, inherited\n")
    out.write("# from the parent code where GDELT has none.  plover is the PLOVER\n")
    out.write("# event type from the CAMEO2PLOVER-2021 mapping (CC BY-SA 4.0, Open\n")
    out.write("# Event Data Alliance); unmapped codes inherit their nearest mapped\n")
    out.write("# parent's type, roots their \"not specified below\" child's; empty =\n")
    out.write("# no PLOVER type.  name is a short description of the code.\n")
    out.write("# Generated once by tools/make_cameo_table.py, maintained by hand\n")
    out.write("# since.  Rows must stay sorted by code (byte order): the build\n")
    out.write("# checks it and the library binary-searches the table.\n")
    out.write("code\troot\tquad_class\tgoldstein\tplover\tname\n")
    for code in sorted(codes):
        row = codes[code]
        g = float(row["goldstein"])
        out.write("%s\t%s\t%s\t%.1f\t%s\t%s\n" % (
            code, row["root_code"], row["quad_class"], g, plover(code),
            row["name"].strip()))


if __name__ == "__main__":
    main()
