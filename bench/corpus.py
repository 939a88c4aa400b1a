"""A fixed, seeded corpus of realistic wire stories for benchmarks.

Articles are assembled from templates: a dated lead paragraph reporting an
event, follow-up detail, quotes from officials and witnesses, background on
the conflict, and paragraphs about politics and the economy that report no
event.  Some articles also carry the paragraphs of the project's example
articles (``examples/kirkuk-2024-03-14.txt`` in the repository and, when it is
there, ``baghdad-2024-01-04.txt`` of the shared examples beside it), read at
run time.  The same ``seed`` and ``n`` always give the same articles.

    from bench.corpus import make_corpus
    articles = make_corpus(2000)             # list[eventwire.records.Article]
    write_jsonl(articles, "corpus.jsonl")    # for the command line
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Iterable

from eventwire.ingest.readers import article_id
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_FILES = (ROOT / "examples" / "kirkuk-2024-03-14.txt",
                 ROOT.parent / "shared" / "examples" / "baghdad-2024-01-04.txt")

# (country, demonym, [(town, province)], government forces, [armed groups], capital)
THEATRES = (
    ("Iraq", "Iraqi", [("Kirkuk", "Kirkuk"), ("Mosul", "Nineveh"), ("Tikrit", "Salahuddin"),
                       ("Baqubah", "Diyala"), ("Ramadi", "Anbar"), ("Samarra", "Salahuddin")],
     "Iraqi security forces", ["Islamic State militants", "gunmen", "Kataib Hezbollah fighters"], "Baghdad"),
    ("Syria", "Syrian", [("Idlib", "Idlib"), ("Deir ez-Zor", "Deir ez-Zor"), ("Raqqa", "Raqqa"),
                         ("Aleppo", "Aleppo"), ("Daraa", "Daraa"), ("Hama", "Hama")],
     "Syrian government forces", ["Hayat Tahrir al-Sham fighters", "Islamic State militants", "gunmen"],
     "Damascus"),
    ("Nigeria", "Nigerian", [("Maiduguri", "Borno"), ("Zaria", "Kaduna"), ("Jos", "Plateau"),
                             ("Sokoto", "Sokoto"), ("Gusau", "Zamfara"), ("Makurdi", "Benue")],
     "Nigerian troops", ["Boko Haram fighters", "bandits", "ISWAP militants", "gunmen"], "Abuja"),
    ("Somalia", "Somali", [("Baidoa", "Bay"), ("Kismayo", "Lower Juba"), ("Beledweyne", "Hiiraan"),
                           ("Afgooye", "Lower Shabelle"), ("Jowhar", "Middle Shabelle")],
     "Somali National Army troops", ["al-Shabaab militants", "clan militia fighters"], "Mogadishu"),
    ("Mali", "Malian", [("Gao", "Gao"), ("Timbuktu", "Tombouctou"), ("Mopti", "Mopti"),
                        ("Menaka", "Menaka"), ("Kidal", "Kidal")],
     "Malian soldiers", ["JNIM militants", "Islamic State Sahel fighters", "armed men"], "Bamako"),
    ("Afghanistan", "Afghan", [("Kandahar", "Kandahar"), ("Jalalabad", "Nangarhar"), ("Kunduz", "Kunduz"),
                               ("Herat", "Herat"), ("Mazar-i-Sharif", "Balkh")],
     "Taliban security forces", ["Islamic State Khorasan militants", "gunmen", "unknown assailants"],
     "Kabul"),
    ("Pakistan", "Pakistani", [("Peshawar", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"),
                               ("Bannu", "Khyber Pakhtunkhwa"), ("Turbat", "Balochistan")],
     "Pakistani security forces", ["Pakistani Taliban militants", "Baloch separatists", "gunmen"],
     "Islamabad"),
    ("Yemen", "Yemeni", [("Taiz", "Taiz"), ("Marib", "Marib"), ("Hodeidah", "Al Hudaydah"),
                         ("Aden", "Aden")],
     "government forces", ["Houthi fighters", "al-Qaeda militants", "tribal gunmen"], "Sanaa"),
    ("Colombia", "Colombian", [("Cucuta", "Norte de Santander"), ("Tumaco", "Narino"),
                               ("Buenaventura", "Valle del Cauca"), ("Arauca", "Arauca")],
     "Colombian soldiers", ["ELN guerrillas", "FARC dissidents", "gunmen"], "Bogota"),
    ("Kenya", "Kenyan", [("Mandera", "Mandera"), ("Garissa", "Garissa"), ("Lamu", "Lamu"),
                         ("Nairobi", "Nairobi")],
     "Kenyan police", ["al-Shabaab militants", "bandits", "protesters"], "Nairobi"),
)

OUTLETS = ("AFP", "Reuters", "AP", "EFE", "Anadolu", "Xinhua", "DPA", "AFP/Reuters")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
TARGETS = ("a military checkpoint", "a police station", "an army base", "a market", "a convoy",
           "a village", "a mosque", "a bus station", "a school", "a camp for displaced people",
           "a government building", "a border post")
WEAPONS = ("roadside bomb", "car bomb", "drone strike", "mortar attack", "suicide bombing", "rocket attack",
           "ambush", "shooting")
OFFICIAL_TITLES = ("police spokesman", "provincial governor", "army spokesman", "local official",
                   "health ministry official", "security source", "district commissioner")
NAMES = ("Ahmed Hassan", "Mohammed Ali", "Ibrahim Musa", "Abdullahi Yusuf", "Fatima Bello", "Omar Khalid",
         "Amina Diallo", "Hussein Farah", "Carlos Mejia", "Samuel Otieno", "Karim Haddad", "Yusuf Noor",
         "Aisha Salisu", "Mustafa Rahimi", "Grace Wanjiru", "Bilal Qureshi")

LEADS = (
    "{Town}, {country} ({outlet}) - {Armed} attacked {target} on the outskirts of {town} on {weekday}, "
    "killing {n} people and wounding {m} others, {title} {name} said.",
    "At least {n} people were killed on {weekday} when a {weapon} struck {target} in {town}, in {country}'s "
    "{province} province, officials said.",
    "{Gov} clashed with {armed} near {town} on {weekday}, leaving {n} fighters dead, the military said in a "
    "statement.",
    "{Armed} abducted {n} villagers in an overnight raid on a village near {town}, in {province} province, "
    "residents said on {weekday}.",
    "Several hundred demonstrators marched through {capital} on {weekday} against a rise in bread prices, "
    "and police fired tear gas to disperse the crowd.",
    "A {weapon} killed {n} soldiers and injured {m} others near {town} late on {weekday}, a {title} told "
    "{outlet}.",
    "{Gov} said on {weekday} they had arrested {n} suspected members of {armed} in {town} after a week-long "
    "operation.",
    "Gunmen shot dead a local councillor in {town} on {weekday} evening, the {title} said, adding that the "
    "attackers fled on motorcycles.",
)

DETAILS = (
    "The attack happened at around {hour} a.m. local time as {target} was busy with people, according to "
    "witnesses.",
    "The {title} said {k} of the dead belonged to the security forces, while the wounded were taken "
    "to the main hospital in {town}.",
    "Nobody has yet said it carried out the attack, but {armed} operate in the area.",
    "The {title} said reinforcements had been sent to {town} and that a curfew would be imposed until "
    "further notice.",
    "Residents said the fighting lasted for several hours and that many families fled towards {capital}.",
    "The bodies of {k} victims were recovered on {weekday} morning, a hospital source said.",
    "The death toll rose to {n2} on {weekday} after {k} of the injured died in hospital, the health "
    "ministry said.",
    "Security sources said {armed} had planted explosives along the road used by the convoy.",
)

QUOTES = (
    "\"We heard a huge explosion and then the shooting started,\" said {name}, a shopkeeper in {town}. "
    "\"Everybody was running.\"",
    "\"This cowardly act will not go unpunished,\" {title} {name} told reporters. \"Our forces are pursuing "
    "the perpetrators.\"",
    "\"The situation is now under control,\" the {title} said, asking residents to remain calm.",
    "\"We are tired of living in fear,\" said {name}, a mother of four who lost her brother in the attack.",
    "\"We condemn in the strongest terms this attack against innocent civilians,\" the government said in "
    "a statement.",
)

BACKGROUND = (
    "{Armed} have waged an insurgency in {province} for more than a decade, and thousands of people have "
    "been killed in the conflict.",
    "The region has seen a rise in violence since last year, according to monitoring groups.",
    "{Country}'s government has repeatedly promised to restore security in the north, but attacks "
    "continue despite military operations.",
    "The United Nations says more than two million people have been displaced by the fighting in the "
    "country.",
    "In {year}, a similar attack on {target} in {town} killed dozens of people.",
)

FILLER = (
    "Parliament is due to vote next month on the budget, which allocates a larger share of spending to "
    "education and health. Opposition lawmakers say the plan relies on optimistic forecasts for oil revenue "
    "and have called for a review of public sector salaries.",
    "The central bank kept its benchmark interest rate unchanged on {weekday}, citing inflation that remains "
    "above its target. The local currency has lost about a fifth of its value against the dollar this year, "
    "pushing up the price of imported food and medicine.",
    "The president met the visiting foreign minister in {capital} to discuss trade, investment and energy "
    "cooperation. Officials said the two countries hoped to double bilateral trade within five years and to "
    "open a new border crossing for goods.",
    "Farmers in {province} say the late arrival of the rains has reduced the harvest, and aid agencies warn "
    "that millions of people could face food shortages in the coming months. The World Food Programme said "
    "its operations remain underfunded.",
    "The electoral commission said voter registration would reopen in {month}, ahead of local elections "
    "planned for next year. Civil society groups have urged the authorities to publish the voter roll and to "
    "allow independent observers.",
    "Unemployment among young people remains high, and many graduates have left the country in search of "
    "work abroad. The labour ministry announced a training programme for forty thousand young people.",
    "The finance ministry said it expected economic growth of about three percent this year, helped by "
    "higher agricultural output and the reopening of a major port. The International Monetary Fund is due to "
    "review the country's loan programme in {month}.",
    "Teachers' unions and the education ministry resumed talks over pay and working conditions, and both "
    "sides said they were hopeful of reaching a deal before the new school year begins.",
    "The telecommunications regulator approved the sale of a mobile operator to a regional group, a deal "
    "valued at several hundred million dollars. Analysts said the transaction would bring new investment in "
    "rural networks.",
    "Doctors at the main public hospital in {capital} said shortages of equipment and staff had lengthened "
    "waiting times. The health minister promised new funds for hospitals in the next budget.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _example_paragraphs() -> list[str]:
    """Paragraphs of the example articles (the first line's date prefix removed)."""
    paras: list[str] = []
    for path in EXAMPLE_FILES:
        if not path.is_file():
            continue
        text = re.sub(r"\A\s*date\s+\S+\s*", "", path.read_text(encoding="utf-8"))
        paras.extend(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return paras


def _fill(template: str, v: dict) -> str:
    out = template.format(**v)
    return out[0].upper() + out[1:]


def _article(rng: random.Random, index: int, examples: list[str]) -> Article:
    country, demonym, towns, gov, armed_groups, capital = rng.choice(THEATRES)
    town, province = rng.choice(towns)
    date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))
    n = rng.randint(2, 40)
    armed = rng.choice(armed_groups)
    v = {
        "country": country, "Country": country, "demonym": demonym, "town": town, "Town": town.upper(),
        "province": province, "capital": capital, "gov": gov, "Gov": gov[0].upper() + gov[1:],
        "armed": armed, "Armed": armed[0].upper() + armed[1:], "outlet": rng.choice(OUTLETS),
        "weekday": WEEKDAYS[date.weekday()], "target": rng.choice(TARGETS), "weapon": rng.choice(WEAPONS),
        "title": rng.choice(OFFICIAL_TITLES), "name": rng.choice(NAMES), "n": rng.choice(NUMBER_WORDS)
        if rng.random() < 0.4 else str(n), "m": str(rng.randint(1, 60)), "k": rng.choice(NUMBER_WORDS),
        "n2": str(n + rng.randint(1, 9)), "hour": str(rng.randint(5, 11)), "year": str(rng.randint(2014, 2021)),
        "month": rng.choice(MONTHS),
    }
    target_words = rng.randint(300, 1500)
    paras = [_fill(rng.choice(LEADS), v)]
    paras += [_fill(t, v) for t in rng.sample(DETAILS, rng.randint(1, 3))]
    if examples and rng.random() < 0.25:
        start = rng.randrange(len(examples))
        paras += examples[start:start + rng.randint(2, 6)]
    pools = (QUOTES, BACKGROUND, FILLER, FILLER, FILLER, DETAILS)
    words = sum(len(p.split()) for p in paras)
    while words < target_words:
        para = _fill(rng.choice(rng.choice(pools)), v)
        if rng.random() < 0.5:
            para += " " + _fill(rng.choice(FILLER), v)
        if words + len(para.split()) > 1500:
            break
        paras.append(para)
        words += len(para.split())
    text = "\n\n".join(paras)
    title = f"{rng.choice(('Attack', 'Violence', 'Clashes', 'Unrest', 'Security'))} in {town}"
    return Article(id=article_id(date, text), date=date, text=text, title=title, source=v["outlet"],
                   origin=f"bench:{index}")


def make_corpus(n: int = 2000, seed: int = 8) -> list[Article]:
    """``n`` articles of about 300 to 1,500 words, the same for the same seed."""
    rng = random.Random(seed)
    examples = _example_paragraphs()
    return [_article(rng, i, examples) for i in range(n)]


def write_jsonl(articles: Iterable[Article], path: str | Path) -> Path:
    """Write ``articles`` as JSON Lines that ``eventwire`` reads."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps({"id": a.id, "date": a.date.isoformat(), "text": a.text, "title": a.title,
                                  "source": a.source}, ensure_ascii=False) + "\n")
    return path
