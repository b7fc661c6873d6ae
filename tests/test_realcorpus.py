"""The real corpus's tooling (benchmarks/realcorpus.py, benchmarks/real.py) and, when the page
texts are present (``make real-texts``), the corpus itself: every page gets a report.

The golds are committed; the texts are third-party pages and never are, so the corpus tests
skip on a fresh clone and in CI.
"""

from __future__ import annotations

import importlib
import json
import runpy
import sys
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from baocao import load_document
from baocao.documents import read_manifest
from baocao.evaluation import check_gold, evaluate, format_misses
from baocao.pipeline import Extractor
from baocao.schemas import load_report_type
from baocao.settings import DEFAULT_SCHEMA

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def realcorpus() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("realcorpus")
    finally:
        sys.path.remove(str(BENCHMARKS))


def _write_gold(folder: Path, stem: str, url: str, split: str = "dev") -> None:
    gold = {
        "title": None,
        "indicators": [{"label": "lượt khám", "value": 12, "unit": "lượt", "span": [3, 5]}],
        "_source": {"url": url, "outlet": "Báo A | B", "sha256": "ab" * 32, "split": split},
    }
    (folder / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_sources_md_is_in_sync_with_the_golds(realcorpus: ModuleType) -> None:
    pages = realcorpus.read_pages()
    if not pages:
        pytest.skip("no real-corpus golds committed yet")
    assert realcorpus.SOURCES_FILE.read_text(encoding="utf-8") == realcorpus.render_sources(
        pages
    ), "SOURCES.md is stale: run python benchmarks/realcorpus.py sources"


def test_golds_are_golds_of_facts(realcorpus: ModuleType) -> None:
    # Third-party sentences are never committed: spans instead of quotes, no statements.
    for page in realcorpus.read_pages():
        gold = page.gold
        assert gold["title"] is None, page.stem
        assert not any(gold.get(key) for key in ("achievements", "challenges", "priorities"))
        for indicator in gold["indicators"]:
            assert "quote" not in indicator, page.stem
            start, end = indicator["span"]
            assert 0 <= start < end, page.stem


def test_sources_rows_name_stem_outlet_split_sha_and_url(
    realcorpus: ModuleType, tmp_path: Path
) -> None:
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")
    _write_gold(tmp_path, "x02_b", "https://baob.vn/2.html", split="blind")
    rendered = realcorpus.render_sources(realcorpus.read_pages(tmp_path))
    assert f"| x01_a | Báo A \\| B | dev | `{'ab' * 32}` | https://baoa.vn/1.html |" in rendered
    assert "| x02_b | Báo A \\| B | blind |" in rendered
    assert rendered.endswith("2 pages: 1 dev, 1 blind.\n")


def test_manifest_gives_the_cli_each_text_with_its_address(
    realcorpus: ModuleType, tmp_path: Path
) -> None:
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")
    manifest = tmp_path / "texts" / "manifest.csv"
    realcorpus.write_manifest(realcorpus.read_pages(tmp_path), manifest)
    assert read_manifest(manifest) == {
        (tmp_path / "texts" / "x01_a.txt").resolve(): "https://baoa.vn/1.html"
    }


def test_a_gold_without_its_source_is_refused(realcorpus: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "x01_a.json").write_text('{"indicators": []}', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"x01_a\.json: not a real-corpus gold"):
        realcorpus.read_pages(tmp_path)


def test_fetch_without_network_stops_after_a_few_pages_with_one_line(
    realcorpus: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tried: list[object] = []

    def offline(*args: object, **kwargs: object) -> None:
        tried.append(args)
        raise urllib.error.URLError("Name or service not known")

    pages = realcorpus.MAX_NETWORK_FAILURES + 4
    for n in range(pages):
        _write_gold(tmp_path, f"x{n:02}_a", f"https://baoa.vn/{n}.html")
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    monkeypatch.setattr(realcorpus.urllib.request, "urlopen", offline)
    failed = realcorpus.fetch_all(realcorpus.read_pages(tmp_path))
    lines = capsys.readouterr().out.splitlines()
    assert failed == pages
    assert len(tried) == realcorpus.MAX_NETWORK_FAILURES
    assert lines[0] == "x00_a: cannot fetch https://baoa.vn/0.html: Name or service not known"
    assert lines[realcorpus.MAX_NETWORK_FAILURES :] == [f"no internet? {pages} pages not fetched"]
    assert not list((tmp_path / "texts").iterdir())


def test_a_present_text_is_checked_against_its_sha256(
    realcorpus: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")  # its gold sha256 is "abab…"
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "x01_a.txt").write_text("Năm 2023 khám 12 lượt.", encoding="utf-8")
    assert realcorpus.fetch_all(realcorpus.read_pages(tmp_path)) == 1
    assert "x01_a: present but sha256 mismatch" in capsys.readouterr().out


def test_fetched_text_with_another_sha_is_reported_and_not_kept(
    realcorpus: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    monkeypatch.setattr(realcorpus, "fetch_text", lambda url: "Trang đã đổi: 12 lượt khám.")
    assert realcorpus.fetch_all(realcorpus.read_pages(tmp_path)) == 1
    assert "x01_a: sha256 mismatch for https://baoa.vn/1.html" in capsys.readouterr().out
    assert not (tmp_path / "texts" / "x01_a.txt").exists()


@pytest.fixture(scope="module")
def benchmark_scripts() -> Iterator[dict[str, ModuleType]]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield {
            name: importlib.import_module(name)
            for name in ("real", "real_numbers", "agreement", "probes")
        }
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_real_without_texts_counts_only_the_split_asked_for(
    realcorpus: ModuleType,
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for stem, split in [("x01_a", "dev"), ("x02_b", "dev"), ("x03_c", "blind")]:
        _write_gold(tmp_path, stem, f"https://baoa.vn/{stem}.html", split=split)
    scanner = json.loads((tmp_path / "x03_c.json").read_text(encoding="utf-8"))
    scanner["_source"]["scanner_only"] = True
    (tmp_path / "x04_d.json").write_text(json.dumps(scanner), encoding="utf-8")
    real = benchmark_scripts["real"]
    monkeypatch.setattr(real, "read_pages", lambda: realcorpus.read_pages(tmp_path))
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    assert real.main(["--split", "blind"]) == 0
    shown = capsys.readouterr().out
    assert "for the 1 blind golds" in shown and "1 scanner-only pages excluded" in shown


def test_real_scores_only_the_rounds_asked_for(
    realcorpus: ModuleType,
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for stem, split, collected in [("x01_a", "dev", 1), ("x02_b", "dev", 2), ("x03_c", "blind", 2)]:
        _write_gold(tmp_path, stem, f"https://baoa.vn/{stem}.html", split=split)
        gold = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
        gold["_source"]["round"] = collected
        (tmp_path / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    real = benchmark_scripts["real"]
    monkeypatch.setattr(real, "read_pages", lambda: realcorpus.read_pages(tmp_path))
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    assert real.main(["--round", "2"]) == 0
    assert "for the 2 dev and blind golds" in capsys.readouterr().out
    (tmp_path / "texts").mkdir()
    for stem in ("x01_a", "x03_c"):
        (tmp_path / "texts" / f"{stem}.txt").write_text("Năm 2023 khám 12 lượt.", "utf-8")
    assert real.main(["--round", "1", "2", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dev"]["rounds"] == [1, 2] and shown["blind"]["rounds"] == [2]
    assert real.main(["--round", "1", "--split", "blind"]) == 2  # a typo: nothing to score
    assert "no blind pages of round 1" in capsys.readouterr().err


def test_real_lists_a_blind_pages_misses_only_once_its_round_is_opened(
    realcorpus: ModuleType,
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Both pages miss their figure (the text prints another one): only the dev page's miss is
    # listed, unless --open-blind says the blind round has been opened for tuning.
    (tmp_path / "texts").mkdir()
    for stem, split in [("x01_a", "dev"), ("x03_c", "blind")]:
        text = tmp_path / "texts" / f"{stem}.txt"
        text.write_text("Sở Y tế tổng kết năm 2023: khám 45 lượt.", "utf-8")
        with Extractor(offline=True, no_cache=True) as extractor:
            gold = extractor.extract(text).to_record().report
        assert gold is not None and gold["indicators"]
        gold["indicators"][0]["value"] = 54
        gold["_source"] = {"url": f"https://baoa.vn/{stem}", "sha256": "ab" * 32, "split": split}
        (tmp_path / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    real = benchmark_scripts["real"]
    monkeypatch.setattr(real, "read_pages", lambda: realcorpus.read_pages(tmp_path))
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    monkeypatch.setattr(real, "GOLD_DIR", tmp_path)
    assert real.main(["--misses"]) == 0
    shown = capsys.readouterr()
    assert "x01_a" in shown.out and "x03_c" not in shown.out
    assert "misses on 1 blind pages are not listed" in shown.err
    assert real.main(["--misses", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert "per_article" in scores["dev"] and "per_article" not in scores["blind"]
    assert real.main(["--misses", "--open-blind"]) == 0
    shown = capsys.readouterr()
    assert "x03_c" in shown.out and "not listed" not in shown.err
    for script in (real, benchmark_scripts["agreement"]):
        with pytest.raises(SystemExit) as refused:
            script.main(["--open-blind"])  # opens nothing without --misses
        assert refused.value.code == 2
        assert "--open-blind works only with --misses" in capsys.readouterr().err


def test_real_numbers_counts_missing_texts_and_checks_phoner_first(
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for stem in ("x01_a", "x02_b", "x03_c"):
        _write_gold(tmp_path, stem, f"https://baoa.vn/{stem}.html")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x01_a.txt").write_text("Năm 2023 khám 12 lượt.", encoding="utf-8")
    script = benchmark_scripts["real_numbers"]
    args = ["--texts", str(texts), "--gold", str(tmp_path)]
    with pytest.raises(SystemExit, match="no PhoNER file at MISSING"):
        script.main([*args, "--phoner", "MISSING"])
    assert capsys.readouterr().out == ""  # refused before anything is scored
    script.main(args)
    shown = capsys.readouterr().out
    assert shown.count("no text") == 1 and "skipped 2 golds with no text" in shown


def test_real_numbers_counts_a_blind_pages_misses_and_lists_them_only_when_opened(
    benchmark_scripts: dict[str, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for stem, split in (("x01_a", "dev"), ("x03_c", "blind")):
        (texts / f"{stem}.txt").write_text("Năm 2023 khám 12 lượt.", encoding="utf-8")
        _write_gold(tmp_path, stem, f"https://baoa.vn/{stem}.html", split=split)
        gold = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
        gold["_source"]["sha256"] = load_document(texts / f"{stem}.txt").sha256
        gold["indicators"][0].update(value=21, span=[14, 16])  # printed 12: not located
        (tmp_path / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    script = benchmark_scripts["real_numbers"]
    args = ["--texts", str(texts), "--gold", str(tmp_path)]
    script.main(args)
    shown = capsys.readouterr().out
    assert "located at their span: 0/2" in shown  # both counted
    assert "x01_a" in shown and "x03_c" not in shown
    assert "1 misses on blind pages not listed" in shown
    script.main([*args, "--unannotated"])
    shown = capsys.readouterr().out
    assert "x03_c" not in shown and "1 blind pages skipped" in shown
    with pytest.raises(SystemExit) as refused:
        script.main([*args, "--open-blind"])  # alone it would list at once: as real.py, refused
    assert refused.value.code == 2
    assert "--open-blind works only with --misses N or --unannotated" in capsys.readouterr().err
    script.main([*args, "--open-blind", "--misses", "40"])
    shown = capsys.readouterr().out
    assert "x03_c" in shown and "not listed" not in shown


def test_offline_records_keep_the_extractors_warnings_about_a_blind_page_off_stderr(
    realcorpus: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A half-year review with no year anywhere: the extractor warns, naming the page.
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "x03_c.txt").write_text(
        "Sở Y tế Lào Cai sơ kết 6 tháng đầu năm\n\nSở Y tế tỉnh Lào Cai tổ chức hội nghị sơ "
        "kết công tác 6 tháng đầu năm: khám 31.200 lượt người.",
        encoding="utf-8",
    )
    _write_gold(tmp_path, "x03_c", "https://baoa.vn/x03_c.html", split="blind")
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    with caplog.at_level("WARNING"):
        (record,) = realcorpus.offline_records(realcorpus.read_pages(tmp_path))
    assert record.report is not None
    assert not [r for r in caplog.records if "x03_c" in r.getMessage()], caplog.text
    assert "x03_c" not in capsys.readouterr().err


def test_the_held_out_probes_hold_six_articles_per_cause_each_with_its_gold(
    benchmark_scripts: dict[str, ModuleType],
) -> None:
    probes = benchmark_scripts["probes"]
    golds = probes.read_golds(probes.PROBES)
    causes = {str(g["cause_name"]) for g in golds.values()}
    assert len(golds) == 60 and len(causes) == 10
    assert all(sum(g["cause_name"] == c for g in golds.values()) == 6 for c in causes)
    assert all((probes.PROBES / "articles" / f"{probe}.txt").is_file() for probe in golds)


def test_probes_count_each_field_per_cause_and_list_the_misses(
    benchmark_scripts: dict[str, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    probes = benchmark_scripts["probes"]
    period = {"kind": "year", "year": 2031, "index": None}
    gold = {
        "cause_name": "plain controls",
        "organizer_level": "province",
        "province": "Quảng Nam",
        "district": None,
        "reviewed_period": period,
    }
    golds = {"p1": gold, "p2": {**gold, "cause_name": "association"}}
    reports = {
        # the province spelled in full is the same place; a period compared whole
        "p1": {**gold, "province": "Tỉnh Quảng Nam", "reviewed_period": {**period}},
        "p2": None,  # no report: every field missed
    }
    result = probes.score(golds, reports, probes.compared_fields())
    assert result.causes["plain controls"].right == dict.fromkeys(probes.FIELDS, 1)
    assert result.causes["association"].right["organizer_level"] == 0
    assert result.total.probes == 2 and result.total.right["province"] == 1
    # p2's null district equals its gold's null: three misses, not four
    assert sorted(m["field"] for m in result.misses if m["probe"] == "p2") == [
        "organizer_level",
        "province",
        "reviewed_period",
    ]
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "p1.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "articles" / "p1.txt").write_text(
        "Sở Y tế Quảng Nam tổng kết công tác năm 2031\n\nNgày 10/1/2032, Sở Y tế tỉnh Quảng "
        "Nam tổ chức hội nghị tổng kết công tác y tế năm 2031: khám 41.200 lượt.",
        encoding="utf-8",
    )
    assert probes.main(["--misses"], folder=tmp_path) == 0
    shown = capsys.readouterr().out
    assert "plain controls" in shown and "  1/1" in shown
    assert "spend the held-out set" in shown
    (tmp_path / "gold" / "p2.json").write_text(json.dumps({"cause_name": "x"}), "utf-8")
    with pytest.raises(SystemExit) as stopped:
        probes.main([], folder=tmp_path)
    assert stopped.value.code == 2  # as for a gold without its article, or no golds
    assert "p2.json: a probe gold lacks organizer_level" in capsys.readouterr().err
    (tmp_path / "gold" / "p2.json").write_text("{not json", "utf-8")
    with pytest.raises(SystemExit) as stopped:
        probes.main([], folder=tmp_path)
    assert stopped.value.code == 2
    assert "p2.json: not a probe gold" in capsys.readouterr().err


def test_probes_refuse_a_gold_without_its_article_and_keep_the_rules_warnings_to_themselves(
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    probes = benchmark_scripts["probes"]
    gold = {
        "cause_name": "period named without its year",
        "organizer_level": "province",
        "province": "Lào Cai",
        "district": None,
        "reviewed_period": {"kind": "half_year", "year": None, "index": 1},
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "q1.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "articles" / "q1.txt").write_text(
        "Sở Y tế Lào Cai sơ kết 6 tháng đầu năm\n\nSở Y tế tỉnh Lào Cai tổ chức hội nghị sơ "
        "kết công tác 6 tháng đầu năm: khám 31.200 lượt người.",
        encoding="utf-8",
    )
    with caplog.at_level("WARNING"):
        assert probes.main([], folder=tmp_path) == 0
    assert not [r for r in caplog.records if r.name.startswith("baocao")], caplog.text
    assert "q1" not in capsys.readouterr().err
    assert "spends the set" in probes.MISSES_HELP

    (tmp_path / "gold" / "q2.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        probes.main([], folder=tmp_path)
    assert stopped.value.code == 2
    assert "q2" in capsys.readouterr().err


@pytest.mark.parametrize(
    "script", sorted(p.name for p in BENCHMARKS.glob("*.py") if p.name != "copies.py")
)
def test_a_benchmark_without_the_venv_says_how_to_run_it(
    script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "baocao", None)  # as under a python without baocao
    monkeypatch.delitem(sys.modules, "needs_venv", raising=False)
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    with pytest.raises(SystemExit, match=r"run it with \.venv/bin/python \(make venv\)"):
        runpy.run_path(str(BENCHMARKS / script), run_name="benchmark")


def test_every_real_page_present_gets_a_report(realcorpus: ModuleType) -> None:
    pages = [p for p in realcorpus.read_pages() if p.text_path.exists()]
    if not pages:
        pytest.skip("no real-corpus texts: run make real-texts (needs internet)")
    for page in pages:
        assert load_document(page.text_path).sha256 == page.sha256, page.stem
    with Extractor(offline=True, no_cache=True) as extractor:
        records = [extractor.extract(p.text_path, url=p.url).to_record() for p in pages]
    assert [r.source.path for r in records if r.report is None] == []
    report = evaluate(records, realcorpus.GOLD_DIR)
    assert len(report.scored) == len(pages)
    format_misses(report)  # every gold of facts can be shown (spans, no quotes)


def test_second_readings_are_valid_reports_of_corpus_pages(
    realcorpus: ModuleType, benchmark_scripts: dict[str, ModuleType]
) -> None:
    # Each second reading holds only scored fields (plus who read and what they doubted), of
    # a page in the corpus, with values the report type accepts in place of the first gold's.
    agreement = benchmark_scripts["agreement"]
    readings = agreement.read_second()
    pages = {page.stem: page for page in realcorpus.read_pages()}
    model = load_report_type(DEFAULT_SCHEMA).model
    scored = {c.name for c in agreement.scored_fields(readings)}
    for stem, reading in readings.items():
        assert stem in pages, stem
        fields = set(reading) - agreement.SECOND_EXTRAS
        assert fields - {"organizer"} == scored, (stem, scored ^ (fields - {"organizer"}))
        assert set(reading["unsure"]) <= fields, stem
        check_gold({**pages[stem].gold, **{f: reading[f] for f in fields}}, model, Path(stem))


def test_agreement_counts_readers_and_rules_per_field(
    realcorpus: ModuleType, benchmark_scripts: dict[str, ModuleType], tmp_path: Path
) -> None:
    agreement = benchmark_scripts["agreement"]
    for stem in ("x01_a", "x02_b"):
        _write_gold(tmp_path, stem, f"https://baoa.vn/{stem}.html")
        gold = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
        gold.update(organizer_level="province", province="Quảng Nam", reviewed_period=None)
        (tmp_path / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    pages = realcorpus.read_pages(tmp_path)
    readings = {
        # the same province spelled as the gazetteer's full name is the same place
        "x01_a": {"organizer_level": "province", "province": "Tỉnh Quảng Nam", "unsure": []},
        "x02_b": {
            "organizer_level": "district",
            "province": "Quảng Nam",
            "unsure": ["organizer_level"],
        },
    }
    fields = agreement.scored_fields(readings)
    assert [c.name for c in fields] == ["organizer_level", "province"]
    alone = agreement.agree(pages, readings, fields, None)
    assert alone.fields["organizer_level"].readers == 1
    assert alone.fields["province"].readers == 2
    assert alone.fields["organizer_level"].unsure == 1
    assert [d["page"] for d in alone.differences] == ["x02_b"]
    rules = {"x01_a": {"organizer_level": "hospital", "province": "Quảng Nam"}, "x02_b": {}}
    counts = agreement.agree(pages, readings, fields, rules).fields["organizer_level"]
    assert (counts.rules_first, counts.rules_second, counts.rules_either) == (0, 0, 0)
    counts = agreement.agree(
        pages, readings, fields, {**rules, "x02_b": {"organizer_level": "district"}}
    )
    assert (
        counts.fields["organizer_level"].rules_first,
        counts.fields["organizer_level"].rules_second,
        counts.fields["organizer_level"].rules_either,
    ) == (0, 1, 1)
    # A blind page's differences are not listed (its readings are golds, the rules' answers
    # its misses); counts stay.
    hidden = agreement.agree(pages, readings, fields, rules, hidden=frozenset({"x01_a", "x02_b"}))
    assert hidden.differences == []
    assert hidden.fields["organizer_level"].rules_first == 0
    assert hidden.fields["province"].rules_first == 1  # x02_b's rules gave none
    with pytest.raises(SystemExit, match=r"x02_b\.json: the second reading leaves out province"):
        agreement.check_complete({**readings, "x02_b": {"organizer_level": "district"}}, fields)


def test_agreement_without_texts_prints_the_readers_alone(
    realcorpus: ModuleType,
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agreement = benchmark_scripts["agreement"]
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    assert agreement.main([]) == 0
    shown = capsys.readouterr()
    assert "texts missing" in shown.err and "rules=first" not in shown.out
    assert "readers agree" in shown.out and "organizer_level" in shown.out
    assert agreement.main(["--json"]) == 0
    assert "readers_agree" in json.loads(capsys.readouterr().out)["dev"]["fields"]["province"]


def test_agreement_keeps_the_rounds_asked_for_and_refuses_an_empty_one(
    realcorpus: ModuleType,
    benchmark_scripts: dict[str, ModuleType],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agreement = benchmark_scripts["agreement"]
    (tmp_path / "gold").mkdir()
    for stem, round_ in (("x01_a", 1), ("x02_b", 2)):
        _write_gold(tmp_path / "gold", stem, f"https://baoa.vn/{stem}.html")
        path = tmp_path / "gold" / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["_source"]["round"] = round_
        gold["organizer_level"] = "province"
        path.write_text(json.dumps(gold), encoding="utf-8")
    second = tmp_path / "second"
    second.mkdir()
    for stem in ("x01_a", "x02_b"):
        reading = {"organizer_level": "province", "unsure": []}
        (second / f"{stem}.json").write_text(json.dumps(reading), encoding="utf-8")
    monkeypatch.setattr(agreement, "read_pages", lambda: realcorpus.read_pages(tmp_path / "gold"))
    monkeypatch.setattr(agreement, "SECOND_DIR", second)
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    assert agreement.main(["--round", "2"]) == 0
    assert "== dev: 1 pages read twice" in capsys.readouterr().out
    assert agreement.main(["--round", "7"]) == agreement.EXIT_NOTHING_ASKED
    assert "no second readings of round 7" in capsys.readouterr().out


def test_restore_keeps_a_copy_read_one_line_per_paragraph_when_its_sha256_holds(
    realcorpus: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = "Sở Y tế tổng kết năm 2023.\n\nKhám 12 lượt người bệnh.\n"
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")
    gold_path = tmp_path / "x01_a.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["_source"]["sha256"] = load_document(kept).sha256
    gold["indicators"][0]["span"] = [kept.index("12"), kept.index("12") + 2]
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    page = realcorpus.read_pages(tmp_path)[0]
    copy = tmp_path / "copy.txt"
    copy.write_text("Sở Y tế tổng kết năm 2023.\nKhám 12 lượt người bệnh.", encoding="utf-8")

    line = realcorpus.restore(page, [copy])

    assert line.endswith("(one blank line between paragraphs), sha256 ok")
    assert load_document(page.text_path).sha256 == page.sha256


def test_restore_refuses_a_copy_whose_sha256_differs_and_says_where_it_drifts(
    realcorpus: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_gold(tmp_path, "x01_a", "https://baoa.vn/1.html")  # lượt khám 12 at 3-5
    monkeypatch.setattr(realcorpus, "TEXTS_DIR", tmp_path / "texts")
    page = realcorpus.read_pages(tmp_path)[0]
    copy = tmp_path / "copy.txt"
    copy.write_text("Khám xong 12 lượt.", encoding="utf-8")

    line = realcorpus.restore(page, [copy])

    assert line.startswith("x01_a: not restored")
    assert "figure 12 lượt (lượt khám) expected at 3-5, the copy has 'm ' there" in line
    assert not page.text_path.exists()
