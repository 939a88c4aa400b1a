"""``--workers N``: several processes give the single-process results, in input order."""
import datetime as dt
import multiprocessing as mp

import pytest

from eventwire.ingest.readers import article_id
from eventwire.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

TEXTS = [
    ("2024-02-03", "Gunmen killed five farmers during a night raid near Zaria in Kaduna state on Friday, "
                   "police said. Residents said the attackers arrived on motorcycles."),
    ("2024-02-05", "A roadside bomb struck a military convoy near Kirkuk on Sunday, killing two soldiers and "
                   "wounding three others, an Iraqi security source said."),
    ("2024-03-11", "Hundreds of students marched through central Nairobi on Monday to protest against a rise in "
                   "university fees. The march ended peacefully."),
    ("2024-03-12", "Police fired tear gas to disperse protesters who had blocked a highway in Lagos on Tuesday "
                   "to denounce fuel price increases."),
    ("2024-04-01", "The central bank left its main interest rate unchanged on Monday. Inflation slowed for a "
                   "third month, the statistics office said."),
    ("2024-04-02", "Al-Shabaab fighters stormed a police camp in Garissa on Monday night. Three officers "
                   "were killed in the fighting, the county commissioner said."),
    ("2024-04-20", "A drone strike hit a car near Deir ez-Zor on Saturday, killing two members of an armed "
                   "group, a war monitor said."),
    ("2024-05-06", "Security forces arrested twelve suspected members of the Islamic State in Mosul on Sunday, "
                   "the Iraqi interior ministry said."),
    ("2024-05-09", "Clashes between two clans in Beledweyne on Wednesday left seven people dead, elders said. "
                   "The fighting began over a land dispute."),
    ("2024-05-30", "The parliament approved the budget after a long debate. Opposition lawmakers said the plan "
                   "relied on optimistic forecasts."),
    ("2024-06-03", "Bandits abducted 20 passengers travelling on a highway near Gusau in Zamfara state on "
                   "Saturday, a police spokesman said."),
    ("2024-06-14", "A suicide bomber struck a crowded market in Maiduguri on Thursday, killing at least "
                   "eight people, emergency officials said."),
    ("2024-06-20", "Rebels shelled the outskirts of Goma on Wednesday. Two civilians were wounded, a hospital "
                   "official said, and no deaths were reported."),
    ("2024-07-01", "The army said it would launch an operation against militants in the coming weeks. No "
                   "date was given."),
    ("2024-07-15", "Farmers in Kano said the late rains had reduced the harvest, and prices of maize rose "
                   "sharply in local markets."),
    ("2024-08-02", "Unknown assailants shot dead a local councillor in Peshawar on Thursday evening and fled, "
                   "police said."),
    ("2024-08-19", "Protesters set fire to tyres and threw stones at police in Dhaka on Sunday during a "
                   "demonstration over job quotas. Police responded with rubber bullets."),
    ("2024-09-09", "Israeli airstrikes on Khan Younis killed 14 people on Sunday, according to the health "
                   "ministry in Gaza."),
    ("2024-09-23", "Soldiers defused an improvised explosive device planted on a road near Gao on Monday, the "
                   "Malian army said."),
    ("2024-10-04", "Turkish drones struck a vehicle near Sulaymaniyah on Thursday, killing three PKK "
                   "militants, the Turkish defence ministry said."),
]


def articles() -> list[Article]:
    out = []
    for k, (day, text) in enumerate(TEXTS):
        date = dt.date.fromisoformat(day)
        out.append(Article(id=article_id(date, text), date=date, text=text, source="test", origin=f"test:{k + 1}"))
    return out


def _flat(results):
    return [(r.article.id, [e.to_dict() for e in r.events], r.annotation.to_dict()) for r in results]


@pytest.fixture(scope="module")
def single(pipeline):
    return _flat(pipeline.run(articles()))


def test_two_workers_give_the_single_process_results_in_order(single):
    from eventwire.parallel import run_parallel
    from eventwire.settings import Settings
    arts = articles()
    parallel = _flat(run_parallel(iter(arts), 2, Settings.from_env(), batch_size=3, in_flight=1))
    assert [p[0] for p in parallel] == [a.id for a in arts]
    assert parallel == single
    assert sum(len(events) for _, events, _ in single) >= 10  # the texts do code events


def test_one_article_per_task_still_keeps_order(single):
    from eventwire.parallel import run_parallel
    from eventwire.settings import Settings
    parallel = _flat(run_parallel(articles(), 2, Settings.from_env(), batch_size=1))
    assert parallel == single


def test_each_worker_loads_the_model_once():
    from eventwire import parallel
    from eventwire.nlp.model import load_count
    from eventwire.settings import Settings
    settings = Settings.from_env()
    arts = articles()
    with mp.get_context("spawn").Pool(2, initializer=parallel._init, initargs=(settings, {})) as pool:
        jobs = [pool.apply_async(parallel._work, ([a],)) for a in arts]
        assert [r.article.id for j in jobs for r in j.get()] == [a.id for a in arts]
        counts = pool.map(load_count, [settings.spacy_model] * 8, chunksize=1)
    assert set(counts) <= {0, 1} and 1 in counts


def test_articles_are_cut_into_batches_in_input_order_as_they_are_read():
    from eventwire.parallel import batches
    read: list[int] = []

    def stream():
        for k in range(5):
            read.append(k)
            yield Article(id=str(k), date=dt.date(2024, 1, 1), text=f"Text {k}.")
    cut = batches(stream(), 2)
    assert [a.id for a in next(cut)] == ["0", "1"] and read == [0, 1]
    assert [[a.id for a in b] for b in cut] == [["2", "3"], ["4"]]
