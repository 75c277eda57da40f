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
