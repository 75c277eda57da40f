# data/module.mk: builds dyad's default dictionary from data/dict/.
#
# The country names come from Debian's iso-codes at build time
# (data/dict/countries.gen.sh); everything else is our hand-edited text.
# The result, $(B)/dict/default.dyd, is found by the dyad command next to
# its executable (see cli/cmd_code.c) when no --dict is given.

ISO3166_JSON  := /usr/share/iso-codes/json/iso_3166-1.json
DEFAULT_DICT  := $(B)/dict/default.dyd
DICT_DATA     := $(sort $(wildcard data/dict/*.txt data/dict/*/*.txt data/dict/*.options))
COUNTRIES_GEN := $(B)/dict/countries.actors.txt

$(COUNTRIES_GEN): data/dict/countries.gen.sh $(ISO3166_JSON)
	@mkdir -p $(dir $@)
	sh data/dict/countries.gen.sh $(ISO3166_JSON) > $@.tmp && mv $@.tmp $@

# Quiet compile: problems are reported by `dyad dict check` (a test).
$(DEFAULT_DICT): $(COUNTRIES_GEN) $(DICT_DATA) $(DYAD)
	$(DYAD) dict compile $(COUNTRIES_GEN) $(DICT_DATA) -o $@ 2>/dev/null || \
	  $(DYAD) dict compile $(COUNTRIES_GEN) $(DICT_DATA) -o $@

all: $(DEFAULT_DICT)
test-bins: $(DEFAULT_DICT)
