# src/dict/module.mk: extra build targets of the dictionary stage.
#
#   $(B)/bench/dict_bench   compile/load/lookup benchmark (bench/dict_bench.c);
#                           run by bench/run.sh as `dict_bench SHARED_DIR`
# The library sources (src/dict/*.c) need no rule: the Makefile's wildcard
# picks them up.
$(B)/bench/dict_bench: bench/dict_bench.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDFLAGS) $(LDLIBS)

bench: $(B)/bench/dict_bench

# The compiled-dictionary cache (dyad_dict_open) names its files by the
# hash of the text sources mixed with DYAD_DICT_BUILD_ID, a checksum of the
# code that compiles them (this stage, the text folding and the WordNet
# lemmas used for inflections).  A dyad whose compiler changed therefore
# never loads a .dyd cached by an older one.
DICT_BUILD_INPUTS := $(sort $(wildcard src/dict/*.c src/dict/*.h)) \
                     src/text/fold.c src/tag/lemma.c
$(B)/src/dict/dict_build.o: $(DICT_BUILD_INPUTS)
$(B)/src/dict/dict_build.o: CPPFLAGS += \
  -DDYAD_DICT_BUILD_ID=$(shell cat $(DICT_BUILD_INPUTS) | cksum | cut -d' ' -f1)u
