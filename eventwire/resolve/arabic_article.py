"""The Arabic article inside a place's name written assimilated or not (``places.arabic_article``).

Arabic writes the article al- before every noun, but says it as the noun's first consonant when that is
a "sun letter" (t, th, d, dh, r, z, s, sh, s., d., t., z., l, n): "Jisr al-Shughur" is said and often
romanised "Jisr ash-Shughur" (BGN/PCGN romanization of Arabic, 1956, rule on the article; UNGEGN report
on the romanization of Arabic).  News, coders' notes and GeoNames each pick one form, so a name written
with one form is looked up under the other too."""
from __future__ import annotations

# the article as written before a word (normalised: lower case, no hyphen)
_ARTICLE_FORMS = frozenset({"al", "el", "ash", "esh", "as", "es", "at", "et", "ath", "ad", "ed", "adh", "ar", "er",
                            "az", "ez", "an", "en"})
# sun letters as romanised, longest first
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _assimilated(word: str) -> str | None:
    """The assimilated article before ``word`` ("shughur" -> "ash"), None before a moon letter."""
    return next(("a" + s for s in _SUN if word.startswith(s)), None)


def article_variants(key: str) -> list[str]:
    """The normalised name ``key`` with each article inside it (not its first word) written the other way:
    'jisr al shughur' -> ['jisr ash shughur'], 'ras ash shaykh' -> ['ras al shaykh']."""
    toks = key.split()
    out = []
    for i in range(1, len(toks) - 1):
        if toks[i] not in _ARTICLE_FORMS:
            continue
        sun = _assimilated(toks[i + 1])
        if sun is None:
            continue
        other = sun if toks[i] in ("al", "el") else "al" if toks[i] == sun or toks[i] == "e" + sun[1:] else None
        if other is not None:
            out.append(" ".join(toks[:i] + [other] + toks[i + 1:]))
    return out
