#!/usr/bin/env python3
"""Builds common-words.txt.gz: the English words a dictionary writes in lower case, for reading Title Case headlines.

Run once when the source changes:
    apt-get install -y wamerican
    python3 build-common-words.py /usr/share/dict/american-english | gzip -9n > common-words.txt.gz

Source: Debian's wamerican (2020.12.07-2), the "american-english" list of SCOWL, Copyright 2000-2011 Kevin Atkinson
and the contributors named in /usr/share/doc/wamerican/copyright, used under the permissive notice given there.

Output: one lower-case word per line, sorted. A word the dictionary also lists capitalised ("swift" and "Swift", "ford"
and "Ford") ends in "*": it may be a name, so it is only dropped when it stands alone.
"""
import sys

# Possessives ("apple's") are left out: the reader strips "'s" before looking a word up.
words = [w for w in (line.strip() for line in open(sys.argv[1], encoding="utf-8")) if w and not w.endswith("'s")]
lower = {w for w in words if w[0].islower() and len(w) >= 2}
capitalised = {w.lower() for w in words if w[0].isupper()}
for word in sorted(lower):
    print(word + ("*" if word in capitalised else ""))
