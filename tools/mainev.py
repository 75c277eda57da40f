#!/usr/bin/env python3
"""mainev.py: main-event recall of dyad on dev sets of news leads.

Each lead of a dev set (tests/accuracy/*.jsonl: {"id", "date", "text",
"events": [...]}) lists its writer's main event first.  This script codes
each set with DYAD (its default dictionaries, JSON Lines output) and
counts the leads whose first gold event with a country on both sides is
matched by some event dyad codes for that lead, at event level as
tools/score_dev.sh compares: source key, target key (the country, or six
letters for IGO/NGO/IMG/MNC codes, old spellings aliased) and CAMEO root.
It is the measure on our sets closest to plover-gsr-dev, where each lead
has one event.  Per set it prints the leads counted, the main events
matched, the misses whose dyad dyad found with another root
("dyad-only") and the leads with no event at all ("none").

usage: python3 tools/mainev.py [-v] DYAD SET.jsonl...
-v lists each missed main event, tagged [none], [root] (dyad found,
another root) or [other].  Never use -v on a held-out set: its summary
line alone may be read.  Python 3 standard library only.
"""
import json
import subprocess
import sys

ALIAS = {"ROM": "ROU", "MTN": "MNE", "TMP": "TLS", "KOS": "KSV",
         "PAL": "PSE", "YUG": "SRB", "SCG": "SRB"}


def key(code):
    """The compared part of an actor code, "" for none."""
    if not code:
        return ""
    if code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return code[:6]
    return ALIAS.get(code[:3], code[:3])


def main(argv):
    verbose = bool(argv) and argv[0] == "-v"
    if verbose:
        argv = argv[1:]
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    dyad, total = argv[0], [0, 0, 0, 0]
    for path in argv[1:]:
        out = subprocess.run([dyad, "code", "-q", "--format", "jsonl", path],
                             capture_output=True, text=True, check=False).stdout
        coded = {}
        for line in out.splitlines():
            e = json.loads(line)
            coded.setdefault(e.get("story_id"), []).append(
                (key(e.get("source", "")), key(e.get("target", "")),
                 e.get("code", "")[:2]))
        n = m = dyad_only = none = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                g = json.loads(line)
                evs = [e for e in g["events"]
                       if key(e.get("source", "")) not in ("", "---")
                       and key(e.get("target", "")) not in ("", "---")]
                if not evs:
                    continue
                e = evs[0]
                n += 1
                k = (key(e["source"]), key(e["target"]), e["code"][:2])
                got = coded.get(g["id"], [])
                if not got:
                    none += 1
                if k in got:
                    m += 1
                    continue
                same_dyad = any(x[:2] == k[:2] for x in got)
                dyad_only += same_dyad
                if verbose:
                    tag = "none" if not got else ("root" if same_dyad else "other")
                    print(f"  [{tag}] {g['id']} want {k} got {sorted(set(got))}"
                          f" | {g['text']}")
        name = path.rsplit("/", 1)[-1]
        print(f"{name:28s} leads {n:4d} main {m:4d} ({100 * m / max(n, 1):5.1f}%)"
              f" dyad-only {dyad_only:3d} none {none:3d}")
        total = [a + b for a, b in zip(total, [n, m, dyad_only, none])]
    n, m, dyad_only, none = total
    print(f"{'total':28s} leads {n:4d} main {m:4d} ({100 * m / max(n, 1):5.1f}%)"
          f" dyad-only {dyad_only:3d} none {none:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
