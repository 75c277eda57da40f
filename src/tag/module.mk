# src/tag/module.mk: generated sources of the tagging stage.
#
#   $(B)/gen/tokens.c       re2c scanner from src/tag/tokens.re
#   $(B)/gen/tag_lexicon.c  tag trigram model and the POS lexicon word list
#   $(B)/gen/tag_ngram.h    from Debian's festlex-poslex
#   $(B)/gen/tag_lex.txt    (src/tag/gen_lexicon.sh)
#   $(B)/gen/tag_lexrec.c   the lexicon records with their WordNet lemmas and
#                           the hash index, written by tools/gen_lexrec.c
#                           ($(B)/gen/gen_lexrec, a build-time program that
#                           links src/tag/lemma.c and tag_lemma.c)
#   $(B)/gen/tag_lemma.c    WordNet lemma and exception tables, from Debian's
#                           wordnet-base (src/tag/gen_lemma.sh)
#   gen_lemma.sh emits static open-addressing hash indexes with the awk
#   helpers of src/tag/strhash.awk; gen_lexrec the same kind in C.
#   $(B)/bench/tag_bench    tagging throughput benchmark (bench/tag_bench.c)
TAG_POSLEX ?= /usr/share/festival/dicts/wsj.wp39.poslexR
TAG_NGRAM  ?= /usr/share/festival/dicts/wsj.wp39.tri.ngrambin
TAG_WN     ?= /usr/share/wordnet

GEN_SRC += $(B)/gen/tokens.c $(B)/gen/tag_lexicon.c $(B)/gen/tag_lemma.c \
           $(B)/gen/tag_lexrec.c
GEN_HDR += $(B)/gen/tag_ngram.h

$(B)/gen/tokens.c: src/tag/tokens.re src/tag/module.mk
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -o $@.tmp $< && mv $@.tmp $@

$(B)/gen/tag_lexicon.c $(B)/gen/tag_ngram.h $(B)/gen/tag_lex.txt &: \
                        src/tag/gen_lexicon.sh \
                        $(TAG_POSLEX) $(TAG_NGRAM) $(TAG_WN)/verb.exc \
                        src/tag/module.mk
	@mkdir -p $(B)/gen
	sh src/tag/gen_lexicon.sh $(TAG_POSLEX) $(TAG_NGRAM) \
	  $(B)/gen/tag_lexicon.c $(B)/gen/tag_ngram.h $(B)/gen/tag_lex.txt \
	  $(TAG_WN)/verb.exc

# A host program: plain flags (no sanitizers, no LTO), whatever the build.
$(B)/gen/gen_lexrec: tools/gen_lexrec.c src/tag/lemma.c $(B)/gen/tag_lemma.c \
                     src/tag/tables.h src/tag/tag.h include/dyad.h
	$(CC) -std=c17 -O1 -Wall -Wextra -Werror $(CPPFLAGS) -o $@ \
	  tools/gen_lexrec.c src/tag/lemma.c $(B)/gen/tag_lemma.c

$(B)/gen/tag_lexrec.c: $(B)/gen/gen_lexrec $(B)/gen/tag_lex.txt
	$(B)/gen/gen_lexrec $(B)/gen/tag_lex.txt $@.tmp && mv $@.tmp $@

$(B)/gen/tag_lemma.c: src/tag/gen_lemma.sh src/tag/strhash.awk \
                      $(TAG_POSLEX) src/tag/module.mk \
                      $(TAG_WN)/index.verb $(TAG_WN)/index.noun \
                      $(TAG_WN)/verb.exc $(TAG_WN)/noun.exc
	@mkdir -p $(dir $@)
	sh src/tag/gen_lemma.sh $(TAG_WN) $(TAG_POSLEX) $@

$(B)/gen/tokens.o $(B)/gen/tag_lexicon.o $(B)/gen/tag_lemma.o \
  $(B)/gen/tag_lexrec.o: \
  src/tag/tag.h src/tag/tables.h

$(B)/bench/tag_bench: bench/tag_bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)
