# SPDX-FileCopyrightText: 2026 The Postwright authors
# The expected outputs of tests/data/liquid/*.json: what Jekyll 4.3 (Liquid 5.4) renders.
# Run: python3 generate.py (needs ruby and jekyll).
# SPDX-License-Identifier: GPL-3.0-or-later
import json, os, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
sys.path.insert(0, here)
from cases import V, core, filters, jekyll
for group, rows in (("core", core), ("filters", filters), ("jekyll", jekyll)):
    vars=dict(V, site={"url":"https://example.org","baseurl":"/blog"}) if group=="jekyll" else V
    cases=[{"name":n,"template":t,"vars":vars} for n,t in rows]
    json.dump(cases, open(f"{tmp}/{group}_in.json","w"))
    out=subprocess.run(["ruby",os.path.join(here,"render.rb"),f"{tmp}/{group}_in.json"],capture_output=True,text=True)
    if out.returncode: print(out.stderr); sys.exit(1)
    res=json.loads(out.stdout)
    for r in res:
        print(repr(r["name"]), "=>", repr(r["expected"]), r["errors"] or "")
    json.dump({"vars":vars,"jekyll":group=="jekyll","cases":[{"name":r["name"],"template":r["template"],"expected":r["expected"]} for r in res]}, open(f"{here}/../{group}.json","w"), indent=1, ensure_ascii=False)
