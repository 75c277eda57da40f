# data/module.mk: builds dyad's default dictionary from data/dict/.
#
# The country names come from Debian's iso-codes at build time
# (data/dict/countries.gen.sh); the bare surnames of the people entries
# ("Yeltsin", "Clinton") are derived from our people files by
# tools/gen_surnames.c with the judgement calls of data/dict/surnames.rules,
# checked against the POS lexicon (festlex-poslex) and WordNet; everything
# else is our hand-edited text.
# The result, $(B)/dict/default.dyd, is found by the dyad command next to
# its executable (see cli/cmd_code.c) when no --dict is given.

ISO3166_JSON  := /usr/share/iso-codes/json/iso_3166-1.json
DEFAULT_DICT  := $(B)/dict/default.dyd
DICT_DATA     := $(sort $(wildcard data/dict/*.txt data/dict/*/*.txt data/dict/*.options))
COUNTRIES_GEN := $(B)/dict/countries.actors.txt
SURNAMES_TOOL := $(B)/tools/gen_surnames
SURNAMES_GEN  := $(B)/dict/surnames.actors.txt

$(COUNTRIES_GEN): data/dict/countries.gen.sh $(ISO3166_JSON)
	@mkdir -p $(dir $@)
	sh data/dict/countries.gen.sh $(ISO3166_JSON) > $@.tmp && mv $@.tmp $@

# A program of this build (it reads the dictionaries with libdyad).
$(SURNAMES_TOOL): tools/gen_surnames.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(TEST_LTO) -o $@ $< $(LIB) $(LDFLAGS) $(TEST_LTO) $(LDLIBS)

# The derived surnames come last, after every written entry.
$(SURNAMES_GEN): $(SURNAMES_TOOL) $(COUNTRIES_GEN) $(DICT_DATA) \
                 data/dict/surnames.rules $(TAG_POSLEX) $(TAG_WN)/data.noun
	$(SURNAMES_TOOL) -r data/dict/surnames.rules -p $(TAG_POSLEX) -w $(TAG_WN) \
	  -o $@.tmp $(COUNTRIES_GEN) $(DICT_DATA) && mv $@.tmp $@

# Quiet compile: problems are reported by `dyad dict check` (a test).
$(DEFAULT_DICT): $(COUNTRIES_GEN) $(DICT_DATA) $(SURNAMES_GEN) $(DYAD)
	$(DYAD) dict compile $(COUNTRIES_GEN) $(DICT_DATA) $(SURNAMES_GEN) -o $@ 2>/dev/null || \
	  $(DYAD) dict compile $(COUNTRIES_GEN) $(DICT_DATA) $(SURNAMES_GEN) -o $@

all: $(DEFAULT_DICT)
test-bins: $(DEFAULT_DICT)
