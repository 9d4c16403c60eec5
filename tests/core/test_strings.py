import pytest

import countylab  # noqa: F401  (registers every case's strings)
from countylab.core.i18n import LANGS, STRINGS, check_lang, placeholders, t


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
    import re
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
