# src/ontology/module.mk: generates the CAMEO code table.
#
# data/cameo_codes.tsv is turned into a static const C array by awk; the
# generator validates every row (see src/ontology/cameo_table.awk) so a bad
# edit of the TSV fails the build instead of the lookups.
GEN_SRC += $(B)/gen/cameo_table.c

$(B)/gen/cameo_table.c: data/cameo_codes.tsv src/ontology/cameo_table.awk \
                        src/ontology/module.mk
	@mkdir -p $(dir $@)
	awk -f src/ontology/cameo_table.awk data/cameo_codes.tsv > $@.tmp \
	  || { rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

$(B)/gen/cameo_table.o: src/ontology/cameo_table.h include/dyad.h
