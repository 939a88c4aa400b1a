"""News-prose dates: the event named again elsewhere, parts of the day counted from a dated statement,
weekday glosses and periods after a preposition."""
import datetime as dt

from eventwire.extract.classify import date_rules as R
from eventwire.resolve.dates import event_date_for, find_time_expressions

THU = dt.date(2024, 3, 14)  # a Thursday
_SAID = ("said", "told", "reported")


def _date(text: str, trigger: str, published=THU, nth: int = 0):
    """The event date chosen for the ``nth`` occurrence of ``trigger``, with the statement dates split off
    as the pipeline does ("police said Wednesday")."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    exprs = find_time_expressions(text, published)
    reported = [e for e in exprs if any(text[max(0, e.start - 12):e.start].rstrip().endswith(w) or
                                        text[max(0, e.start - 15):e.start].rstrip().endswith(w + " on")
                                        for w in _SAID)]
    events = [e for e in exprs if e not in reported]
    return event_date_for(events, start, start + len(trigger), text, published, reported)


def test_possessive_day_in_next_sentence_dates_the_event():
    d = _date("A teacher has been killed in Kano, police said. Tuesday's attack was the third this month.",
              "killed")
    assert (d.value, d.rules[0]) == ("2024-03-12", R.ELSEWHERE)


def test_trigger_word_named_again_in_another_paragraph():
    text = ("Two men were charged on Wednesday.\n\nProsecutors say the trader was kidnapped and found shot dead."
            "\n\nThe men deny the trader's kidnapping on Christmas Eve.")
    d = _date(text, "kidnapped")
    assert (d.value, d.rules[0]) == ("2023-12-24", R.ELSEWHERE)


def test_generic_name_two_sentences_away_is_not_the_event():
    text = ("A teacher has been killed in Kano, police said. His family buried him. "
            "Tuesday's attack was the third this month.")
    d = _date(text, "killed")
    assert d is None or d.rules[0] != R.ELSEWHERE


def test_other_mention_too_far_from_its_day_dates_nothing():
    text = ("A teacher has been killed in Kano, police said. The attack, which residents in the old city quarter "
            "near the central mosque and the market had long feared and talked of, was condemned on Tuesday.")
    d = _date(text, "killed")
    assert d is None or d.rules[0] != R.ELSEWHERE


def test_own_sentence_day_beats_the_other_mention():
    d = _date("Gunmen killed a teacher in Kano on Monday. Tuesday's attack on a school was the second.", "killed")
    assert (d.value, d.rules[0]) == ("2024-03-11", R.IN_CLAUSE)


def test_overnight_counts_from_the_statement_day():
    d = _date("Gunmen killed four traders in Kano overnight, police said on Wednesday.", "killed")
    assert d.value == "2024-03-13" and R.DAYPART_OF_REPORT in d.rules


def test_last_night_is_the_night_before_the_statement():
    d = _date("Gunmen killed four traders in Kano last night, police said on Wednesday.", "killed")
    assert d.value == "2024-03-12" and R.DAYPART_OF_REPORT in d.rules


def test_overnight_without_a_dated_statement_counts_from_publication():
    d = _date("Gunmen killed four traders in Kano overnight, police said.", "killed")
    assert d.value == "2024-03-13" and R.DAYPART_OF_REPORT not in d.rules


def test_overnight_with_a_statement_too_long_before_publication_counts_from_publication():
    d = _date("Gunmen killed four traders in Kano overnight, police said on Thursday.", "killed",
              published=dt.date(2024, 3, 20))
    assert R.DAYPART_OF_REPORT not in d.rules


def test_weekday_gloss_after_yesterday():
    found = find_time_expressions("The attack on the market yesterday (Tuesday) killed four.", dt.date(2024, 3, 13))
    assert [(e.text, e.value, e.rules) for e in found] == [("yesterday (Tuesday)", "2024-03-12", (R.CONFIRMED,))]


def test_weekday_in_brackets_far_from_the_relative_day_is_not_a_gloss():
    found = find_time_expressions("Police said yesterday (and again on Monday) that four died.", THU)
    assert all(e.rules != (R.CONFIRMED,) for e in found)


def test_this_took_place_tells_the_day_later():
    d = _date("Gunmen killed eight people at a camp in Borno. This took place near the border on Monday.",
              "killed")
    assert (d.value, d.rules[0]) == ("2024-03-11", R.TOLD_LATER)


def test_period_after_at_the_dates_the_verb_that_follows():
    d = _date("Raiders at the weekend stormed two hamlets outside Gusau and shot dead nine herders.", "stormed")
    assert d.value == "2024-03-09"


def test_period_modifying_a_noun_still_skipped():
    d = _date("Gunmen killed four traders near the weekend market in Kano on Monday.", "killed")
    assert d.value == "2024-03-11"


def test_weekend_narrowed_to_the_day_named_for_the_event():
    text = ("Two imams died in two separate raids over the weekend. One was found shot dead outside his mosque "
            "Sunday morning.")
    d = _date(text, "died", published=dt.date(2024, 3, 18))
    assert (d.value, d.rules[0]) == ("2024-03-17", R.ELSEWHERE)


def test_weekend_kept_when_the_other_day_is_outside_it():
    text = "Two imams died over the weekend. One had been shot dead on Wednesday, his brother said."
    d = _date(text, "died", published=dt.date(2024, 3, 18))
    assert d.value == "2024-03-16"


def test_two_weekdays_joined_by_and_start_on_the_first():
    found = find_time_expressions("Thirty people were killed on Friday and Saturday in Jos.", THU + dt.timedelta(2))
    assert [(e.text, e.value, e.precision) for e in found] == [("Friday and Saturday", "2024-03-15", 2)]


def test_weekdays_across_the_report_day_stay_apart():
    found = find_time_expressions("Police said on Tuesday and Wednesday that 30 died.", dt.date(2024, 3, 12))
    assert len(found) == 2


def test_occasion_after_during_dates_the_event():
    d = _date("A blast killed 33 people during a Friday afternoon prayer at a mosque in Yola.", "killed")
    assert d.value == "2024-03-08"


def test_future_word_of_a_date_does_not_make_the_verb_future():
    d = _date("A poll clerk working on the vote next week was found stabbed to death outside Eldoret, "
              "the commission said Monday.", "stabbed to death")
    assert d is None or d.value <= THU.isoformat()


def test_toll_since_a_day_dates_the_start():
    d = _date("The two tribes agreed a truce on Wednesday after fighting killed at least 24 since Saturday.",
              "killed")
    assert (d.value, d.rules[0], d.precision) == ("2024-03-09", R.SINCE_DAY, 2)


def test_since_day_of_another_clause_is_not_the_events():
    d = _date("The two tribes agreed a truce on Wednesday after fighting killed at least 24 since Saturday.",
              "agreed")
    assert (d.value, d.rules[0]) == ("2024-03-13", R.IN_CLAUSE)


def test_since_a_year_is_not_a_start_day():
    d = _date("Gunmen have killed 40 people in the district since 2019, officials said on Monday.", "killed")
    assert d is None or d.rules[0] != R.SINCE_DAY


def _reaction_texts(text: str) -> list[str]:
    from eventwire.extract.build import reaction_dates
    return [e.text for e in reaction_dates(find_time_expressions(text, THU), text)]


def test_day_next_to_a_verb_of_reaction_dates_the_statement():
    assert _reaction_texts("The bar association today denounced the detention of a lawyer in Homs, who was "
                           "arrested on 5 March.") == ["today"]
    assert _reaction_texts("The press union called Monday for the release of a reporter held in Gulu.") == ["Monday"]
    assert _reaction_texts("The envoy on Tuesday voiced alarm at the arrest of a teacher in Khujand.") == ["Tuesday"]


def test_day_of_the_deed_after_a_reaction_is_not_set_aside():
    assert _reaction_texts("The federation condemned the beating of two reporters in Sucre on Monday.") == []
    assert _reaction_texts("Soldiers on Monday arrested a teacher in Khujand.") == []


def test_bracketed_date_of_a_press_release_is_its_dateline():
    from eventwire.resolve.dates import dateline_date
    text = "OSLO (12 March 2024) – The rapporteur today urged the release of a union leader held in Herat."
    exprs = find_time_expressions(text, THU)
    assert [e.text for e in exprs if dateline_date(text, e)] == ["12 March 2024"]

