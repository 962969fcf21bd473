#!/usr/bin/env python3
"""Builds common-words.txt.gz: the English words a dictionary writes in lower case, for reading Title Case headlines.

Run once when the source changes:
    apt-get install -y wamerican wbritish
    python3 build-common-words.py /usr/share/dict/american-english /usr/share/dict/british-english | gzip -9n > common-words.txt.gz

Source: Debian's wamerican and wbritish (2020.12.07-2), the "american-english" and "british-english" lists of SCOWL,
Copyright 2000-2011 Kevin Atkinson and the contributors named in /usr/share/doc/wamerican/copyright, used under the
permissive notice given there. Both spellings are read: news is written in each ("labor" and "labour", "center" and
"centre").

Output: one lower-case word per line, sorted. A word a dictionary also lists capitalised ("swift" and "Swift", "ford"
and "Ford") ends in "*": it may be a name, so it is only dropped when it stands alone.
"""
import sys

# Possessives ("apple's") are left out: the reader strips "'s" before looking a word up.
words = [w for path in sys.argv[1:] for w in (line.strip() for line in open(path, encoding="utf-8")) if w and not w.endswith("'s")]
lower = {w for w in words if w[0].islower() and len(w) >= 2}
capitalised = {w.lower() for w in words if w[0].isupper()}
for word in sorted(lower):
    print(word + ("*" if word in capitalised else ""))
