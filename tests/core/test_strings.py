import re

import pytest

import countylab  # noqa: F401  (registers every case's strings)
from countylab import LABS
from countylab.core.i18n import LANGS, STRINGS, check_lang, placeholders, t
from tools import ROOT


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_every_language(key):
    entry = STRINGS[key]
    assert set(entry) == set(LANGS), f"{key}: languages {sorted(entry)}, expected {list(LANGS)}"
    for lang in LANGS:
        assert entry[lang].strip(), f"{key}: empty {lang} text"


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_translations_take_the_same_placeholders(key):
    en, zh = (placeholders(STRINGS[key][lang]) for lang in ("en", "zh"))
    assert en == zh, f"{key}: en uses {en}, zh uses {zh}"


def test_chinese_entries_are_chinese():
    has_han = lambda s: any("\u4e00" <= ch <= "\u9fff" for ch in s)
    # Entries made only of placeholders and symbols ("%", "{label}({unit})") need no Chinese characters;
    # an entry with Latin words and no Chinese is an untranslated copy.
    words = lambda s: re.search(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", s))
    missing = [k for k, v in STRINGS.items() if not has_han(v["zh"]) and words(v["zh"])]
    assert not missing, f"zh entries without any Chinese character: {missing}"


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match=r"lang must be one of 'en', 'zh'; got 'fr'"):
        check_lang("fr")
    with pytest.raises(ValueError, match="lang"):
        t("level.county", "fr")


def test_unknown_key_names_the_key():
    with pytest.raises(KeyError, match="no.such.key"):
        t("no.such.key")


def key_patterns(code: str) -> list[re.Pattern]:
    """Keys the code builds at run time, as patterns: ``t(f"topic.{task.topic}")`` uses every "topic.…",
    ``t(f"level.{key}.role")`` every "level.….role", and ``feedback("markups", kind, …)`` every "chk.markups.…"
    (its key is ``chk.<exercise>.<kind>``)."""
    templates = re.findall(r"""f["']([a-z0-9_.]*\{[^"']*)["']""", code)
    patterns = [re.escape(re.sub(r"\{[^}]*\}", "\0", x)).replace("\0", "[^.]+") for x in templates
                if re.fullmatch(r"[a-z0-9_.]*(\{[^}]*\}[a-z0-9_.]*)+", x)]
    patterns += [re.escape(f"chk.{name}.") + "[^.]+" for name in re.findall(r"""feedback\(\s*["'](\w+)["']""", code)]
    return [re.compile(p) for p in patterns]


def unused_keys(keys, code: str, patterns: list[re.Pattern]) -> list[str]:
    """Keys that appear nowhere in the code, literally or as a key the code builds at run time."""
    return sorted(k for k in keys if f'"{k}"' not in code and f"'{k}'" not in code
                  and not any(p.fullmatch(k) for p in patterns))


def package_code() -> str:
    """The package's code, without the string tables themselves."""
    parts = []
    for path in sorted((ROOT / "src" / "countylab").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        parts.append(text[text.index("add_strings(__name__"):] if path.name == "strings.py" else text)
    return "\n".join(parts)


def choice_patterns() -> list[re.Pattern]:
    """Labs label each choice ``<choice_labels or label>.<value>``."""
    prefixes = {c.choice_labels or c.label for lab in LABS.values() for c in lab.specs() if c.kind == "choice"}
    return [re.compile(re.escape(p + ".") + "[^.]+") for p in prefixes]


def test_every_string_is_used():
    code = package_code()
    assert unused_keys(STRINGS, code, key_patterns(code) + choice_patterns()) == []


def test_the_unused_string_check_can_fail():
    code = 't("ta.title")\nt(f"topic.{task.topic}")\nt(f"level.{key}.role")\nfeedback("markups", kind, lang)\n'
    keys = ["ta.title", "topic.road", "level.county.role", "chk.markups.right", "ui.bad_start", "level.county",
            "topic.road.long"]
    assert unused_keys(keys, code, key_patterns(code)) == ["level.county", "topic.road.long", "ui.bad_start"]
