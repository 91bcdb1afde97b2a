"""`make translations`: the Spanish catalogue of the window, from the sources to the `.qm`.

One command does every step, and can be run again after any change to the UI:

1. `pyside6-lupdate` reads every `tr()` in `btam_desktop/ui` into `btam_es.ts`, plus the labels
   the UI translates through a variable (`self.tr(ROLE_LABELS[role])`): every upper-case
   module-level dict of strings in the UI's modules, written as `QT_TRANSLATE_NOOP` lines.
2. The Spanish of each English string comes from `es.json` (English -> Spanish; a list of the
   two forms for a `%n` plural) and is written into the `.ts` as finished.
3. `pyside6-lrelease` compiles `btam_es.qm` from a flat copy of the catalogue: one context, one
   Spanish per English string. The runtime asks that context whatever class asks (see
   `ui/language.py`), because PySide's `self.tr()` looks up the class's Python name and its
   bases while lupdate names helper functions' contexts otherwise.

Strings with no Spanish yet are listed in `untranslated-es.json` (English -> "", or ["", ""] for
a plural: one case, several): fill in the Spanish there and run the command again; it moves
what you filled in into `es.json`. `--check` changes nothing and
exits 1 when a string has no Spanish or a checked-in file is not what the command would make.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "btam_desktop" / "ui"
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "btam_es.ts"
QM = FOLDER / "btam_es.qm"
SPANISH = FOLDER / "es.json"
UNTRANSLATED = FOLDER / "untranslated-es.json"
#: The one context of the compiled catalogue (ui/language.py asks it).
FLAT_CONTEXT = "BTAM"
#: The context lupdate gives the labels found in dicts.
LABELS_CONTEXT = "Labels"
_WORDS = re.compile(r"[A-Za-z]{2}")
#: Modules whose dicts are not words for people (colours).
_NOT_WORDS = frozenset({"btam_desktop.ui.theme"})


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease next to this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (make run sets it up).")
    return found


def dict_labels() -> list[str]:
    """Every value of an upper-case module-level dict of strings in the UI's modules."""
    import btam_desktop.ui as ui

    found: set[str] = set()
    for info in pkgutil.walk_packages(ui.__path__, "btam_desktop.ui."):
        if info.name in _NOT_WORDS:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if not (name.isupper() and isinstance(value, Mapping) and value):
                continue
            if all(isinstance(v, str) for v in value.values()):
                found.update(v for v in value.values() if _WORDS.search(v) and v[0] != "#")
    return sorted(found)


def _labels_source(folder: Path) -> Path:
    path = folder / "labels.py"
    lines = [f"QT_TRANSLATE_NOOP({LABELS_CONTEXT!r}, {label!r})" for label in dict_labels()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(ts: Path, scratch: Path) -> None:
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en_US",
            "-target-language",
            "es",
            str(UI),
            str(_labels_source(scratch)),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def load_spanish() -> dict[str, str | list[str]]:
    data: dict[str, str | list[str]] = json.loads(SPANISH.read_text(encoding="utf-8"))
    return data


_PLACEHOLDER = re.compile(r"%L?\d|%n|\{\w*\}")


def accelerators(text: str) -> int:
    """How many `&` mark a shortcut letter (`&&`, and `&` before a space, are plain text)."""
    return len(re.findall(r"&(?![&\s])", text.replace("&&", "")))


def mismatch(source: str, spanish: str | list[str]) -> str:
    """What the Spanish lost or added of the English's placeholders and shortcut; "" if none."""
    for form in [spanish] if isinstance(spanish, str) else spanish:
        want, got = sorted(_PLACEHOLDER.findall(source)), sorted(_PLACEHOLDER.findall(form))
        # A plural's singular may say "one" instead of %n.
        if got != want and not (
            isinstance(spanish, list)
            and form is spanish[0]
            and [p for p in want if p != "%n"] == got
        ):
            return f"placeholders {want} became {got}"
        if accelerators(form) != accelerators(source):
            return "the & of the shortcut"
    return ""


def take_filled_in() -> None:
    """Move the Spanish written into untranslated-es.json into es.json."""
    if not UNTRANSLATED.exists():
        return
    filled = json.loads(UNTRANSLATED.read_text(encoding="utf-8"))
    spanish = load_spanish()
    spanish.update({k: v for k, v in filled.items() if v and all(v)})
    SPANISH.write_text(
        json.dumps(spanish, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def fill(ts: Path, spanish: Mapping[str, str | list[str]]) -> list[str]:
    """Write the Spanish into `ts`; return the English strings that have none."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        wanted = spanish.get(source)
        plural = message.get("numerus") == "yes"
        if not wanted or (plural and not isinstance(wanted, list)) or mismatch(source, wanted):
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if plural:
            for form in wanted:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return sorted(set(missing))


def _plurals(ts: Path) -> set[str]:
    return {
        message.findtext("source") or ""
        for message in ET.parse(ts).iter("message")
        if message.get("numerus") == "yes"
    }


def flat(ts: Path, out: Path) -> None:
    """One context holding each message once (the first context's, in the sorted catalogue)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    seen: set[tuple[str, str]] = set()
    context = ET.Element("context")
    ET.SubElement(context, "name").text = FLAT_CONTEXT
    for message in root.iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        if key not in seen:
            seen.add(key)
            context.append(message)
    for old in root.findall("context"):
        root.remove(old)
    root.append(context)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def build(into: Path) -> list[str]:
    """Make `btam_es.ts` and `btam_es.qm` in `into` from the sources and es.json (starting
    from the checked-in `.ts`, as lupdate merges); return the strings with no Spanish."""
    ts, qm = into / TS.name, into / QM.name
    if TS.exists():
        shutil.copyfile(TS, ts)
    lupdate(ts, into)
    missing = fill(ts, load_spanish())
    lupdate(ts, into)  # lupdate's own layout, so the file diffs well
    flat(ts, into / "flat.ts")
    lrelease(into / "flat.ts", qm)
    return missing


def check() -> tuple[list[str], list[str]]:
    """The strings with no Spanish, and the checked-in files that differ from what `build`
    makes now."""
    with tempfile.TemporaryDirectory() as scratch:
        missing = build(Path(scratch))
        stale = [
            path.name
            for path in (TS, QM)
            if not path.exists() or path.read_bytes() != (Path(scratch) / path.name).read_bytes()
        ]
    return missing, stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    if args.check:
        missing, old = check()
        spanish = load_spanish()
        for source in missing:
            why = mismatch(source, spanish[source]) if spanish.get(source) else "no Spanish"
            print(f"{why}: {source!r}")
        for name in old:
            print(f"{name} is stale: run `make translations`")
        return 1 if missing or old else 0
    take_filled_in()
    with tempfile.TemporaryDirectory() as scratch:
        missing = build(Path(scratch))
        FOLDER.mkdir(exist_ok=True)
        for path in (TS, QM):
            shutil.copyfile(Path(scratch) / path.name, path)
    if missing:
        plural = _plurals(TS)
        blank = {source: ["", ""] if source in plural else "" for source in missing}
        UNTRANSLATED.write_text(
            json.dumps(blank, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"{len(missing)} strings have no Spanish: see {UNTRANSLATED.relative_to(ROOT)}")
        return 1
    UNTRANSLATED.unlink(missing_ok=True)
    print(f"{TS.relative_to(ROOT)} and {QM.name}: every string has its Spanish.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
