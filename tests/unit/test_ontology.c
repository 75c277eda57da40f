/*
 * test_ontology.c: the CAMEO code table (src/ontology).
 *
 * Checks the size and order of the generated table, exact facts for a few
 * codes, how codes that are not CAMEO are refused, and (when ../shared is
 * present) that every row agrees with the reference tables it was derived
 * from.
 */
#include "testutil.h"

#include "dyad.h"

static void test_count_and_order(void **state) {
  (void)state;
  assert_int_equal(dyad_cameo_count(), 318);
  assert_string_equal(dyad_cameo_at(0)->code, "01");
  assert_string_equal(dyad_cameo_at(317)->code, "2042");
  assert_null(dyad_cameo_at(318));
  for (size_t i = 1; i < dyad_cameo_count(); i++)
    assert_true(strcmp(dyad_cameo_at(i - 1)->code, dyad_cameo_at(i)->code) < 0);
  /* Every code is found by lookup, at its own row. */
  for (size_t i = 0; i < dyad_cameo_count(); i++) {
    const dyad_code_info *c = dyad_cameo_at(i);
    assert_ptr_equal(dyad_cameo_code(c->code), c);
    assert_int_equal(strncmp(c->code, c->root, 2), 0);
    assert_true(c->quad_class >= 1 && c->quad_class <= 4);
    assert_true(c->goldstein >= -10.0 && c->goldstein <= 10.0);
    assert_non_null(c->plover);
    assert_true(c->name[0] != '\0');
  }
}

static void test_known_codes(void **state) {
  (void)state;
  const dyad_code_info *c = dyad_cameo_code("0234");
  assert_non_null(c);
  assert_string_equal(c->root, "02");
  assert_string_equal(c->name, "Appeal for military protection or peacekeeping");
  assert_int_equal(c->quad_class, 1);
  assert_true(c->goldstein == 3.4);
  /* CAMEO2PLOVER maps nothing in the 02 (appeal) family. */
  assert_string_equal(c->plover, "");

  c = dyad_cameo_code("073");
  assert_non_null(c);
  assert_string_equal(c->root, "07");
  assert_int_equal(c->quad_class, 2);
  assert_true(c->goldstein == 7.4);
  assert_string_equal(c->plover, "AID");

  c = dyad_cameo_code("112");
  assert_int_equal(c->quad_class, 3);
  assert_true(c->goldstein == -2.0);
  assert_string_equal(c->plover, "ACCUSE");

  c = dyad_cameo_code("1823");
  assert_int_equal(c->quad_class, 4);
  assert_true(c->goldstein == -10.0);
  assert_string_equal(c->plover, "ASSAULT");

  /* Not in the mapping: inherits from parent 183. */
  c = dyad_cameo_code("1834");
  assert_string_equal(c->plover, "ASSAULT");
  /* Not in the mapping: 176 -> root 17 -> 170 COERCE. */
  assert_string_equal(dyad_cameo_code("176")->plover, "COERCE");
  /* A root takes its "not specified below" child's type. */
  assert_string_equal(dyad_cameo_code("19")->plover, "ASSAULT");
  assert_string_equal(dyad_cameo_code("03")->plover, "AGREE");
  assert_string_equal(dyad_cameo_code("01")->plover, "");
  /* The mapping overrides the root: 163 is COERCE under SANCTION (16). */
  assert_string_equal(dyad_cameo_code("163")->plover, "COERCE");
  assert_string_equal(dyad_cameo_code("16")->plover, "SANCTION");
}

static void test_not_cameo(void **state) {
  (void)state;
  assert_null(dyad_cameo_code("903"));   /* WEIS-style test code */
  assert_null(dyad_cameo_code(""));
  assert_null(dyad_cameo_code(NULL));
  assert_null(dyad_cameo_code("0"));
  assert_null(dyad_cameo_code("00"));
  assert_null(dyad_cameo_code("21"));
  assert_null(dyad_cameo_code("02345"));
  assert_null(dyad_cameo_code("023 "));
  assert_null(dyad_cameo_code("2043"));
}

/* Splits a TSV line in place into at most max fields; returns the count. */
static int split_tab(char *line, char **f, int max) {
  int n = 0;
  line[strcspn(line, "\r\n")] = '\0';
  f[n++] = line;
  for (char *p = line; *p && n < max; p++)
    if (*p == '\t') {
      *p = '\0';
      f[n++] = p + 1;
    }
  return n;
}

/* Our table agrees with the reference facts it was derived from. */
static void test_matches_reference(void **state) {
  (void)state;
  char path[1024], line[4096];
  REQUIRE_SHARED(path, "reference/cameo_codes.tsv");
  FILE *fp = fopen(path, "r");
  assert_non_null(fp);
  assert_non_null(fgets(line, sizeof line, fp)); /* header */
  char *f[16];
  int rows = 0;
  while (fgets(line, sizeof line, fp)) {
    assert_true(split_tab(line, f, 16) >= 10);
    const dyad_code_info *c = dyad_cameo_code(f[0]);
    assert_non_null(c);
    assert_string_equal(c->root, f[2]);
    assert_int_equal(c->quad_class, atoi(f[6]));
    assert_true(c->goldstein == strtod(f[9], NULL));
    rows++;
  }
  fclose(fp);
  assert_int_equal(rows, 318);

  REQUIRE_SHARED(path, "reference/cameo_to_plover.tsv");
  fp = fopen(path, "r");
  assert_non_null(fp);
  assert_non_null(fgets(line, sizeof line, fp));
  int mapped = 0;
  while (fgets(line, sizeof line, fp)) {
    assert_true(split_tab(line, f, 16) >= 2);
    const dyad_code_info *c = dyad_cameo_code(f[0]);
    assert_non_null(c);
    assert_string_equal(c->plover, f[1]);
    mapped++;
  }
  fclose(fp);
  assert_int_equal(mapped, 257); /* rows, one code (175) listed twice */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_count_and_order),
      cmocka_unit_test(test_known_codes),
      cmocka_unit_test(test_not_cameo),
      cmocka_unit_test(test_matches_reference),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
