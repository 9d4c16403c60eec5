"""The book's numbers in both languages: the same names and the same digits; the few numbers written in words
("four", "half", "never", task names) in the edition's own language, none left in English in the Chinese."""
import re

import pytest

from countylab import numbers

VILLAGE = re.compile(r"[A-Z]村")  # a village's letter in a Chinese task name ("A村土地纠纷")


def untranslated(en: dict[str, str], zh: dict[str, str]) -> list[str]:
    """Names whose Chinese value differs where it must not (digits) or keeps English words where it must not."""
    wrong = sorted(set(en) ^ set(zh))
    for key in sorted(set(en) & set(zh)):
        if not re.search(r"[A-Za-z]", en[key]) and zh[key] != en[key]:
            wrong.append(f"{key}: the digits differ ({en[key]!r} / {zh[key]!r})")
        elif re.search(r"[A-Za-z]", VILLAGE.sub("", zh[key])):
            wrong.append(f"{key}: English left in the Chinese value {zh[key]!r}")
    return wrong


@pytest.mark.parametrize("case", ["h_town", "leader"])
def test_the_chinese_numbers_share_the_digits_and_translate_the_words(case):
    en, zh = numbers(case), numbers(case, "zh")
    assert untranslated({k: str(en[k]) for k in en.keys()}, {k: str(zh[k]) for k in zh.keys()}) == []
    assert any(str(en[k]) != str(zh[k]) for k in en.keys()), "some numbers are words"


def test_an_english_word_or_a_changed_digit_in_the_chinese_numbers_is_caught():
    en = {"days": "24", "word": "four", "tasks": "land dispute (A)"}
    zh = {"days": "25", "word": "four", "tasks": "A村土地纠纷"}
    assert untranslated(en, zh) == ["days: the digits differ ('24' / '25')",
                                    "word: English left in the Chinese value 'four'"]


def test_a_language_the_book_lacks_is_refused():
    with pytest.raises(ValueError, match="lang"):
        numbers("leader", "fr")
