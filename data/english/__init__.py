"""English questions → the document's own Chinese words, through CC-CEDICT read backwards,
and the document's words → English for answers.

Only CC-CEDICT entries whose headword occurs in the document are kept: an English word then
maps to the words the document uses, never to a synonym it lacks. The modules, in the order
a question meets them:

- :mod:`.dictionary`: CC-CEDICT and the reviewed glossary (``glossary_en.tsv``), read lazily;
- :mod:`.words`: English words to base forms, stop words, phone abbreviations;
- :mod:`.index`: the reverse index from English phrases to the document's words;
- :mod:`.translate`: an English question to the document's Chinese words;
- :mod:`.render`: the document's Chinese words and names in English, for answers.

Nothing here imports telegram or the engine; the engine calls :func:`translate`.
"""

from data.english.dictionary import (
    MAX_WORD,
    PLACE_MIN_LETTERS,
    GlossaryRow,
    countries,
    document_words,
    entry_lines,
    glossary,
    place,
    places,
)
from data.english.index import SOURCE_FILE, Index, Text, build_index, index
from data.english.render import gloss, longest_parts, pinyin_name, pinyin_syllables
from data.english.translate import EnglishReading, Phrase, in_reviewed_phrases, translate
from data.english.words import expand_abbreviations, has_latin

__all__ = [
    "MAX_WORD", "PLACE_MIN_LETTERS", "SOURCE_FILE", "EnglishReading", "GlossaryRow", "Index",
    "Phrase", "Text",
    "build_index", "countries", "document_words", "entry_lines", "expand_abbreviations",
    "gloss", "glossary",
    "has_latin", "in_reviewed_phrases", "index", "longest_parts", "pinyin_name",
    "pinyin_syllables", "place", "places", "translate",
]
