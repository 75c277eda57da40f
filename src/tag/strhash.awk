# strhash.awk: string hashing and open-addressing hash tables for the table
# generators of src/tag (gen_lexicon.sh, gen_lemma.sh), loaded with -f.
#
# strhash(s) is 32-bit FNV-1a over the bytes of s, exactly as
# tag_hash() in src/tag/tables.h computes it.  mawk has no bit operations,
# so the xor of the low byte is done bit by bit (memoized) and the
# multiplication modulo 2^32 is split so every intermediate value stays an
# exact integer in a double (< 2^53).
#
# hash_table(name, keys, vals, n, size, bits) prints
#   const uint32_t name[size] = { ... };
#   const uint32_t name_mask = size - 1;
# for keys[0..n) with payloads vals[0..n) (0 < vals[i] < 2^bits): the slot
# of a key, found by linear probing from strhash(key) % size, holds
# vals[i] in its low bits and the top 32 - bits bits of the key's hash
# above them, so a lookup rejects most other keys without reading them.
# 0 is an empty slot.  A key already present is not inserted again (the
# first of equal keys wins).  size must be a power of two larger than n.

function strhash_init(   i) {
  for (i = 1; i < 256; i++) STRHASH_ORD[sprintf("%c", i)] = i
  STRHASH_READY = 1
}

function strhash_xor8(a, b,   k, r, bit, x, y) {
  k = a * 256 + b
  if (k in STRHASH_XOR) return STRHASH_XOR[k]
  r = 0; x = a; y = b
  for (bit = 1; bit < 256; bit *= 2) {
    if ((x % 2) != (y % 2)) r += bit
    x = int(x / 2); y = int(y / 2)
  }
  STRHASH_XOR[k] = r
  return r
}

# h * 16777619 mod 2^32, with 16777619 = 2^24 + 403.
function strhash_mul(h) {
  return (h * 403 + (h % 256) * 16777216) % 4294967296
}

function strhash(s,   h, i, n, c, lo) {
  if (!STRHASH_READY) strhash_init()
  h = 2166136261
  n = length(s)
  for (i = 1; i <= n; i++) {
    c = STRHASH_ORD[substr(s, i, 1)]
    lo = h % 256
    h = h - lo + strhash_xor8(lo, c)
    h = strhash_mul(h)
  }
  return h
}

function hash_table(name, keys, vals, n, size, bits,
                    T, i, s, h, probes, maxp, seen, lim) {
  lim = 2 ^ bits
  for (i = 0; i < size; i++) T[i] = 0
  maxp = 0
  for (i = 0; i < n; i++) {
    if (keys[i] in seen) continue
    if (vals[i] <= 0 || vals[i] >= lim) {
      printf "strhash: %s: payload %d out of range\n", name, vals[i] > "/dev/stderr"
      exit 1
    }
    seen[keys[i]] = 1
    h = strhash(keys[i])
    s = h % size
    probes = 0
    while (T[s] != 0) { s = (s + 1) % size; probes++ }
    if (probes > maxp) maxp = probes
    T[s] = int(h / lim) * lim + vals[i]
  }
  printf "/* %d keys in %d slots, longest probe run %d */\n", n, size, maxp
  printf "const uint32_t %s[%d] = {\n", name, size
  for (i = 0; i < size; i++)
    printf "%.0fu,%s", T[i], (i % 8 == 7) ? "\n" : ""
  printf "};\n"
  printf "const uint32_t %s_mask = %d;\n", name, size - 1
}
