#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the C++ functions longer than a limit (STYLE.md: under ~80 lines).

    scripts/long_functions.py [--limit 80] [PATH...]    (default: src)

Universal Ctags (Debian: universal-ctags) finds each function's first and
last line; a lambda counts towards the function that holds it, not as a
function of its own. Prints "lines  file:line  name", longest first. Exit
status 1 when a function is over the limit, so that it can gate a change.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def functions(paths):
    """(lines, file, first line, name) of every function and method defined in paths."""
    command = ['ctags', '--output-format=json', '--fields=+neZ', '--kinds-c++=f', '--languages=C++',
               '--langmap=C++:+.h', '-R', '-o', '-'] + [str(p) for p in paths]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        tag = json.loads(line)
        # Lambdas are tagged as functions scoped in a function.
        if tag.get('_type') != 'tag' or 'end' not in tag or tag.get('scopeKind') == 'function':
            continue
        name = tag['name']
        scope = tag.get('scope', '')
        if tag.get('scopeKind') in ('class', 'struct'):
            name = scope.rsplit('::', 1)[-1] + '::' + name
        yield tag['end'] - tag['line'] + 1, tag['path'], tag['line'], name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--limit', type=int, default=80, help='report functions longer than this (lines)')
    parser.add_argument('paths', nargs='*', help='files or folders (default: src)')
    args = parser.parse_args()
    if not shutil.which('ctags'):
        sys.exit('long_functions.py: needs Universal Ctags (apt install universal-ctags)')
    paths = [pathlib.Path(p) for p in args.paths] or [ROOT / 'src']
    rows = []
    for length, path, first, name in functions(paths):
        if length > args.limit:
            shown = pathlib.Path(path).resolve()
            shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else path
            rows.append((length, f'{shown}:{first}', name))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for length, where, name in rows:
        print(f'{length:5d}  {where}  {name}')
    return 1 if rows else 0


if __name__ == '__main__':
    sys.exit(main())
