#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutation testing of postwright_core; scripts/mutate.sh runs it.

Finds the places in src/core where an operator applies, shuffles them with a
fixed seed and takes them one at a time: mutate the source, rebuild the core
library, the CLI and the core and CLI tests, run those tests until one fails.
A mutant that no test notices is a behaviour no test pins down.
"""
import argparse
import fnmatch
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20
CORE = "src/core"
LIBRARY = "src/core/libpostwright_core.a"


@dataclass
class Mutant:
    path: str  # relative to ROOT
    line: int  # 1-based
    start: int  # column of the change in the line
    end: int
    replacement: str
    operator: str


def code_mask(text):
    """text with comments, string and character literals blanked (newlines kept),
    so that the operators see only code at the same offsets."""
    out = list(text)
    i, n = 0, len(text)

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^()\\ ]{0,16})\(', text[i:])
            if not m:
                i += 1
                continue
            close = ")" + m.group(1) + '"'
            j = text.find(close, i + m.end())
            j = n if j < 0 else j + len(close)
            blank(i, j)
            i = j
        elif c in "\"'":
            # A digit separator (1'000) is not a character literal.
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum() \
                    and re.match(r"[0-9a-fA-F]", text[i + 1]) and re.search(r"[0-9]\Z", text[:i]):
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            blank(i, j)
            i = j
        else:
            i += 1
    return "".join(out)


# Lines whose mutants say nothing about behaviour a test could pin down.
LOGGING = re.compile(r"\bq(Debug|Info|Warning|Critical|CDebug|CInfo|CWarning|CCritical)\b|\bQ_ASSERT")
# Calls that change only speed or memory: dropping one changes no behaviour.
SPEED_ONLY = re.compile(r"(\.|->)(reserve|squeeze|shrink_to_fit)\(")
STATEMENT_START = re.compile(r"[;{}:)]\s*$|^\s*(else|do)\s*$")
CALL = re.compile(r"^(\s*)((?:[A-Za-z_][\w]*(?:::|\.|->))*[A-Za-z_]\w*(?:\([^;]*\))?(?:\.|->)?)"
                  r"(?:[A-Za-z_]\w*)?\([^;]*\)\s*;\s*$")
ASSIGN = re.compile(r"^(\s*)(?:\*?[A-Za-z_][\w]*(?:(?:\.|->)[A-Za-z_]\w*|\[[^\]=]*\])*)\s*"
                    r"(?:=(?!=)|\+=|-=|\*=|/=|\|=|&=|\^=|<<=|>>=)[^;]*;\s*$")
INCDEC = re.compile(r"^(\s*)(?:\+\+|--)?[A-Za-z_][\w.\->\[\]]*(?:\+\+|--)?\s*;\s*$")
KEYWORDS = {"return", "break", "continue", "case", "default", "goto", "throw", "co_return",
            "using", "typedef", "namespace", "delete", "static_assert"}
SWAPS = {" < ": " <= ", " <= ": " < ", " > ": " >= ", " >= ": " > ", " == ": " != ", " != ": " == ",
         " && ": " || ", " || ": " && "}
SWAP_NAMES = {" < ": "comparison", " <= ": "comparison", " > ": "comparison", " >= ": "comparison",
              " == ": "equality", " != ": "equality", " && ": "logic", " || ": "logic"}


def compiled_lines(masked_lines):
    """False for lines that are preprocessor directives or inside #if 0."""
    keep = []
    depth_off = 0
    stack = []
    for line in masked_lines:
        s = line.strip()
        if s.startswith("#"):
            directive = s[1:].strip()
            if re.match(r"if\s+0\b", directive):
                stack.append(True)
                depth_off += 1
            elif re.match(r"if", directive):
                stack.append(False)
            elif re.match(r"endif", directive) and stack:
                if stack.pop():
                    depth_off -= 1
            elif re.match(r"(else|elif)", directive) and stack and stack[-1]:
                stack[-1] = False
                depth_off -= 1
            keep.append(False)
            continue
        keep.append(depth_off == 0)
    return keep


def find_mutants(rel):
    text = (ROOT / rel).read_text(encoding="utf-8")
    lines = text.split("\n")
    masked = code_mask(text).split("\n")
    compiled = compiled_lines(masked)
    mutants = []
    previous_code = ""
    for index, (line, code) in enumerate(zip(lines, masked)):
        number = index + 1
        if not compiled[index] or not code.strip():
            continue
        if LOGGING.search(code) or SPEED_ONLY.search(code):
            previous_code = code
            continue
        # Comparisons and logic, written with spaces around as the code does
        # (so that templates, shifts and -> are left alone).
        for token, replacement in SWAPS.items():
            for m in re.finditer(re.escape(token), code):
                mutants.append(Mutant(rel, number, m.start(), m.end(), replacement,
                                      f"{SWAP_NAMES[token]} flip"))
        # Off by one: a bound that already says + 1 or - 1 goes the other way,
        # an integer literal grows or shrinks by one.
        for m in re.finditer(r"(?<=\s)([+-]) 1\b(?![.\w'])", code):
            mutants.append(Mutant(rel, number, m.start(), m.end(), ("- 1" if m.group(1) == "+" else "+ 1"),
                                  "off by one"))
        for m in re.finditer(r"(?<![\w.'])(\d+)(?![\w.'])", code):
            before = code[:m.start()].rstrip()
            if before.endswith(("+", "-")) and m.group(1) == "1":
                continue  # the + 1 / - 1 case above
            if re.search(r"\[\s*$", before) and re.match(r"\s*\]\s*[;={]", code[m.end():]):
                continue  # an array's size
            value = int(m.group(1))
            step = 1 if random.Random(f"{rel}:{number}:{m.start()}").random() < 0.5 or value == 0 else -1
            mutants.append(Mutant(rel, number, m.start(), m.end(), str(value + step), "off by one"))
        # Negate a condition that closes on its own line.
        for m in re.finditer(r"\b(if|while)\s*\(", code):
            if re.match(r"\s*constexpr", code[m.end():]):
                continue
            depth, j = 1, m.end()
            while j < len(code) and depth:
                depth += {"(": 1, ")": -1}.get(code[j], 0)
                j += 1
            if depth:
                continue
            inner = line[m.end():j - 1]
            mutants.append(Mutant(rel, number, m.end(), j - 1, f"!({inner})", "negate condition"))
        for m in re.finditer(r"\b(true|false)\b", code):
            mutants.append(Mutant(rel, number, m.start(), m.end(),
                                  "false" if m.group(1) == "true" else "true", "boolean flip"))
        # Drop a statement: a whole line that is a call, an assignment or ++/--.
        first_word = re.match(r"\s*([A-Za-z_]\w*)", code)
        if (STATEMENT_START.search(previous_code) and code.rstrip().endswith(";")
                and not (first_word and first_word.group(1) in KEYWORDS)
                and (CALL.match(code) or ASSIGN.match(code) or INCDEC.match(code))):
            start = len(line) - len(line.lstrip())
            mutants.append(Mutant(rel, number, start, len(line.rstrip()), ";", "drop statement"))
        previous_code = code
    return mutants


def describe(mutant):
    line = (ROOT / mutant.path).read_text(encoding="utf-8").split("\n")[mutant.line - 1]
    after = line[:mutant.start] + mutant.replacement + line[mutant.end:]

    def short(s):
        s = s.strip()
        return s if len(s) <= 110 else s[:107] + "..."
    return f"{mutant.operator}: `{short(line)}` -> `{short(after)}`"


class Runner:
    def __init__(self, args):
        self.args = args
        self.build = Path(args.build_dir)
        if not self.build.is_absolute():
            self.build = ROOT / self.build
        self.backup = self.build / "mutate-backup"
        self.children = []
        self.durations = {}
        self.killers = {}  # folder -> tests that caught a mutant there, latest first

    # -- processes ---------------------------------------------------------
    def run(self, command, **kwargs):
        proc = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.children.append(proc)
        proc.wait()
        # Only now: interrupted, it stays listed for kill_children().
        self.children.remove(proc)
        return proc.returncode

    def kill_children(self):
        for proc in list(self.children):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def quiet(self, command):
        self.build.mkdir(parents=True, exist_ok=True)
        log = self.build / "mutate-last.log"
        with open(log, "w") as out:
            return self.run(command, stdout=out, stderr=subprocess.STDOUT)

    # -- build -------------------------------------------------------------
    def configure(self):
        """Configures every time, so that tests added since the last run are found."""
        if not (self.build / "build.ninja").exists():
            print(f"Configuring {self.build} (RelWithDebInfo at -O1 -g0: quick to rebuild, "
                  "asserts off as in a release)")
        status = self.quiet(["cmake", "-S", str(ROOT), "-B", str(self.build), "-G", "Ninja",
                             "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                             "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g0 -DNDEBUG",
                             "-DPOSTWRIGHT_BUILD_BENCH=OFF",
                             # A mutant relinks the core library only: the
                             # tests load it at run time.
                             "-DPOSTWRIGHT_CORE_SHARED=ON", "-DCMAKE_LINK_DEPENDS_NO_SHARED=ON"])
        if status:
            sys.exit(f"cmake failed, see {self.build / 'mutate-last.log'}")

    def list_tests(self):
        """The core and CLI tests (as scripts/test.sh: those labelled corpus
        only when ../shared/corpus is there) and the executables they run."""
        cache = (self.build / "CMakeCache.txt").read_text()
        corpus = re.search(r"^POSTWRIGHT_CORPUS:PATH=(.*)$", cache, re.M)
        skip = "gui"
        if not corpus or not Path(corpus.group(1), "realworld").is_dir():
            skip = "gui|corpus"
            print("NOTE: no shared corpus: the tests labelled corpus are NOT run")
        out = subprocess.run(["ctest", "--test-dir", str(self.build), "--show-only=json-v1", "-LE", skip,
                              "-E", "^packaging_"], capture_output=True, text=True, check=True).stdout
        names = [t["name"] for t in json.loads(out)["tests"]]
        # ctest leaves out the command of a test not built yet: the
        # executables come from the CTestTestfile.cmake files.
        commands = {}
        for testfile in self.build.rglob("CTestTestfile.cmake"):
            for name, command in re.findall(r'^add_test\(\[=\[(.+?)\]=\] "([^"]+)"', testfile.read_text(), re.M):
                commands[name] = command
        build = str(self.build.resolve()) + "/"
        self.targets = sorted({Path(commands[n]).name for n in names
                               if n in commands and os.path.realpath(commands[n]).startswith(build)})
        return names

    def build_targets(self):
        return self.quiet(["cmake", "--build", str(self.build), "--parallel", str(self.args.jobs),
                           "--target", "postwright-cli", *self.targets])

    def object_of(self, rel):
        inside = Path(rel).relative_to(CORE)
        return self.build / "src/core/CMakeFiles/postwright_core.dir" / f"{inside}.o"

    # -- tests -------------------------------------------------------------
    def start_test(self, name):
        """Starts one test through ctest, which gives it its environment."""
        proc = subprocess.Popen(["ctest", "--test-dir", str(self.build), "-R", f"^{re.escape(name)}$"],
                                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.children.append(proc)
        return proc

    def run_tests(self, order, timeouts, stop_at_first=True):
        """Runs the tests, at most --jobs at once, and returns the failing ones
        as (name, how); with stop_at_first, stops at the first failure."""
        pending = list(order)
        running = []  # (name, process, start time)
        failures = []
        try:
            while pending or running:
                while pending and len(running) < self.args.jobs:
                    name = pending.pop(0)
                    running.append((name, self.start_test(name), time.monotonic()))
                time.sleep(0.2)
                for entry in list(running):
                    name, proc, started = entry
                    elapsed = time.monotonic() - started
                    if proc.poll() is None:
                        if elapsed < timeouts[name]:
                            continue
                        failures.append((name, f"timeout after {timeouts[name]:.0f}s"))
                        # Left in running: the finally below kills it.
                        if stop_at_first:
                            return failures
                        os.killpg(proc.pid, signal.SIGKILL)
                        proc.wait()
                    running.remove(entry)
                    self.children.remove(proc)
                    if proc.returncode == 0:
                        self.durations.setdefault(name, elapsed)
                    else:
                        failures.append((name, "fails"))
                        if stop_at_first:
                            return failures
            return failures
        finally:
            for name, proc, _ in running:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
                if proc in self.children:
                    self.children.remove(proc)

    def order_for(self, rel):
        folder = Path(rel).parent.name
        stem = Path(rel).stem
        words = {folder, folder[:5]}

        def rank(name):
            bare = name.removeprefix("tst_")
            if stem in bare or bare in stem:
                group = 0
            elif name in self.killers.get(folder, []):
                group = 1 + self.killers[folder].index(name) / 1000
            elif any(w in bare for w in words):
                group = 2
            else:
                group = 3
            return (group, self.durations.get(name, 0))
        return sorted(self.tests, key=rank)

    # -- sources -----------------------------------------------------------
    def save(self, rel):
        source = ROOT / rel
        kept = self.backup / rel
        kept.parent.mkdir(parents=True, exist_ok=True)
        obj = self.object_of(rel)
        if obj.exists():
            shutil.copy2(obj, self.backup / (rel + ".o.part"))
            os.replace(self.backup / (rel + ".o.part"), self.backup / (rel + ".o"))
        # Whole or not at all: restore() trusts any *.cpp it finds here.
        shutil.copy2(source, self.backup / (rel + ".part"))
        os.replace(self.backup / (rel + ".part"), kept)

    def restore(self):
        """Puts back every saved source with its time stamps, and its object,
        so that the next build compiles nothing for it."""
        if not self.backup.exists():
            return
        for kept in self.backup.rglob("*.cpp"):
            rel = str(kept.relative_to(self.backup))
            shutil.copy2(kept, ROOT / rel)
            saved_object = self.backup / (rel + ".o")
            obj = self.object_of(rel)
            if saved_object.exists():
                shutil.copy2(saved_object, obj)
            elif obj.exists():
                obj.unlink()
            # The library may hold the mutant: archive it again next time.
            (self.build / LIBRARY).unlink(missing_ok=True)
        shutil.rmtree(self.backup)

    def mutate(self, mutant):
        self.save(mutant.path)
        source = ROOT / mutant.path
        lines = source.read_text(encoding="utf-8").split("\n")
        line = lines[mutant.line - 1]
        lines[mutant.line - 1] = line[:mutant.start] + mutant.replacement + line[mutant.end:]
        source.write_text("\n".join(lines), encoding="utf-8")

    # -- the run -----------------------------------------------------------
    def main(self):
        args = self.args
        self.restore()  # a run that was killed outright
        files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / CORE).rglob("*.cpp")
                       if fnmatch.fnmatch(str(p.relative_to(ROOT)), args.files))
        if not files:
            sys.exit(f"no source matches {args.files}")
        candidates = [m for rel in files for m in find_mutants(rel)]
        random.Random(args.seed).shuffle(candidates)
        print(f"seed {args.seed}: {len(candidates)} places in {len(files)} files matching {args.files}; "
              f"taking {args.count}")
        if args.list:
            for m in candidates[:args.count]:
                print(f"{m.path}:{m.line}  {describe(m)}")
            return 0

        self.configure()
        self.tests = self.list_tests()
        print(f"Baseline: building and running {len(self.tests)} core and CLI tests once")
        if self.build_targets():
            sys.exit(f"the unmutated build fails, see {self.build / 'mutate-last.log'}")
        started = time.monotonic()
        broken = [name for name, _ in self.run_tests(sorted(self.tests), {name: 3600 for name in self.tests},
                                                     stop_at_first=False)]
        for name in sorted(self.tests):
            state = "FAILS, left out" if name in broken else f"{self.durations[name]:.0f}s"
            print(f"  {name}: {state}")
        print(f"  all: {time.monotonic() - started:.0f}s")
        self.tests = [t for t in self.tests if t not in broken]
        # A mutant that makes a test take far longer than it does is caught.
        timeouts = {name: max(60.0, 4 * self.durations[name] + 30) for name in self.tests}

        caught, counted, survivors, skipped = 0, 0, [], 0
        for mutant in candidates:
            if counted >= args.count:
                break
            change = describe(mutant)
            where = f"{mutant.path}:{mutant.line}"
            obj = self.object_of(mutant.path)
            try:
                self.mutate(mutant)
                status = self.quiet(["cmake", "--build", str(self.build), "--target",
                                     str(obj.relative_to(self.build))])
                if status:
                    print(f"          skipped (does not compile) {where}  {change}")
                    skipped += 1
                    continue
                if (self.backup / (mutant.path + ".o")).read_bytes() == obj.read_bytes():
                    print(f"          skipped (same machine code) {where}  {change}")
                    skipped += 1
                    continue
                if self.build_targets():
                    print(f"          skipped (does not link) {where}  {change}")
                    skipped += 1
                    continue
                started = time.monotonic()
                failures = self.run_tests(self.order_for(mutant.path), timeouts)
                failing, how = failures[0] if failures else (None, "")
                seconds = time.monotonic() - started
            finally:
                self.restore()
            counted += 1
            if failing:
                caught += 1
                folder = Path(mutant.path).parent.name
                history = self.killers.setdefault(folder, [])
                if failing in history:
                    history.remove(failing)
                history.insert(0, failing)
                print(f"[{counted:3}/{args.count}] caught      {where}  {change}  ({failing} {how}, {seconds:.0f}s)",
                      flush=True)
            else:
                survivors.append((mutant, change))
                print(f"[{counted:3}/{args.count}] NOT caught  {where}  {change}  ({seconds:.0f}s)", flush=True)

        print()
        print(f"{skipped} mutants skipped (not compiling, or compiling to the same code), not counted")
        if broken:
            print(f"Left out, failing before any mutation: {' '.join(broken)}")
        if survivors:
            print("Not caught, by file:")
            for path in sorted({m.path for m, _ in survivors}):
                print(f"  {path}")
                for m, change in sorted((s for s in survivors if s[0].path == path), key=lambda s: s[0].line):
                    print(f"    :{m.line}  {change}")
        print(f"mutation score: {caught}/{counted}")
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"shuffles the places (default {DEFAULT_SEED})")
    parser.add_argument("--count", type=int, default=60, help="mutants to count (default 60)")
    parser.add_argument("--files", default="src/core/*.cpp",
                        help="glob of the sources to mutate, from the repository root (default src/core/*.cpp)")
    parser.add_argument("--build-dir", default="build-mutate",
                        help="build folder, relative to the repository root (default build-mutate)")
    parser.add_argument("--jobs", type=int, default=2, help="build jobs and tests at once (default 2)")
    parser.add_argument("--list", action="store_true", help="print the mutants that would run, run none")
    args = parser.parse_args()
    runner = Runner(args)

    def stop(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    try:
        return runner.main()
    except KeyboardInterrupt:
        print("\ninterrupted; sources restored", file=sys.stderr)
        return 130
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)   # let nothing cut the restore short
        runner.kill_children()
        runner.restore()


if __name__ == "__main__":
    sys.exit(main())
