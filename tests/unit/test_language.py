"""detect_language: ISO 639-1 codes, steady on short English, "und" when there is nothing to go on."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from service.pipeline import language
from service.pipeline.clean import clean
from service.pipeline.language import _FUNCTION_WORDS, detect_language

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Putin in Moscow on Friday.",
        "The Kremlin denied it.",  # langdetect alone says German
        "Biden and Harris met.",  # langdetect alone says Dutch
        "He said no.",
        "Peskov denied the report.",
        "Zelensky spoke with Trump on Wednesday.",
        "Kremlin denies Putin and Trump spoke on phone",
        "Elon Musk joined the call.",
    ],
)
def test_short_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_articles_are_english(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert detect_language(raw) == "en"
    assert detect_language(clean(raw).text) == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кремль спростував повідомлення про телефонну розмову між Трампом і Путіним. "
            "Речник Кремля Дмитро Пєсков заявив, що це неправда.",
            "uk",
        ),
        ("Кремль заперечив повідомлення про розмову.", "uk"),
        ("Її не було вдома.", "uk"),
        (
            "Кремль опроверг сообщения о телефонном разговоре Трампа и Путина. "
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что это неправда.",
            "ru",
        ),
        ("Это был разговор.", "ru"),
        (
            "Der Kreml hat Berichte über ein Telefonat zwischen Trump und Putin als reine Erfindung "
            "zurückgewiesen. Es habe kein Gespräch gegeben, sagte Kremlsprecher Dmitri Peskow am Montag.",
            "de",
        ),
        ("Putin ist in Moskau.", "de"),
        ("Der Kreml hat Berichte dementiert.", "de"),
        (
            "Le Kremlin a démenti les informations selon lesquelles Donald Trump et Vladimir Poutine "
            "se seraient parlé au téléphone.",
            "fr",
        ),
        ("Het Kremlin ontkent dat Trump met Poetin heeft gebeld.", "nl"),
        ("Kreml zaprzecza, że Trump rozmawiał z Putinem.", "pl"),
        ("O Kremlin negou que Trump e Putin tenham conversado por telefone.", "pt"),
        ("Η Μόσχα διαψεύδει την τηλεφωνική επικοινωνία με τον Τραμπ.", "el"),
        ("特朗普与普京通电话。克里姆林宫否认了这一报道。", "zh"),
    ],
)
def test_other_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n\t", "123 456", "!!! ???", "Trump", "Ukraine", "Moscow Kyiv"])
def test_nothing_to_go_on(text: str) -> None:
    assert detect_language(text) == "und"


def test_deterministic() -> None:
    text = "Biden and Harris met Putin."
    assert {detect_language(text) for _ in range(20)} == {detect_language(text)}


SWEDISH = (
    "Regeringen meddelade på måndagen att nya åtgärder ska införas för att dämpa inflationen. "
    "Ministern sade att man kommer att följa utvecklingen noga och vid behov vidta ytterligare "
    "åtgärder. Kritiker menar att åtgärderna kommer för sent och inte räcker. "
)


def test_long_text_is_sampled(monkeypatch: pytest.MonkeyPatch) -> None:
    fed: list[int] = []
    real = language._langdetect

    def recording(sample: str) -> list[tuple[str, float]]:
        fed.append(len(sample))
        return real(sample)

    monkeypatch.setattr(language, "_langdetect", recording)
    assert detect_language(SWEDISH * 10_000) == "sv"  # ~2 MB, in no function-word list
    assert fed and max(fed) <= language._SAMPLE_CHARS


def test_long_text_decided_by_function_words_skips_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(sample: str) -> list[tuple[str, float]]:
        raise AssertionError("langdetect asked although the function words decide")

    monkeypatch.setattr(language, "_langdetect", unreachable)
    text = (SEEDS / "000_dd1109191da98998.txt").read_text(encoding="utf-8") * 500
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SWEDISH * 3, "sv"),
        (
            "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen, die nach Angaben des "
            "Ministeriums die Inflation dämpfen sollen. Der Minister sagte, man werde die Lage weiter "
            "beobachten und gegebenenfalls nachsteuern. Kritiker bemängeln, dass die Maßnahmen zu "
            "spät kommen und nicht weit genug gehen.",
            "de",
        ),
        (
            # English around a German quotation: the English function words still dominate.
            "The minister said on Monday that the measures would be enough. Critics were not "
            'convinced, and one of them told reporters that "das ist nicht genug" before the '
            "vote, which was delayed until the end of the week by the opposition.",
            "en",
        ),
    ],
)
def test_long_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_function_word_lists_do_not_overlap() -> None:
    # A word in two lists would be evidence for both languages, which the rule does not expect.
    for (a, words_a), (b, words_b) in itertools.combinations(_FUNCTION_WORDS.items(), 2):
        assert not words_a & words_b, (a, b, words_a & words_b)
