"""The public surface: __all__ is exactly what `baocao` offers, sorted, and every name resolves."""

from __future__ import annotations

import subprocess
import sys

import baocao


def test_all_is_sorted_and_unique() -> None:
    assert baocao.__all__ == sorted(set(baocao.__all__))


def test_every_public_name_resolves() -> None:
    for name in baocao.__all__:
        assert getattr(baocao, name) is not None, name


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        baocao.no_such_name  # noqa: B018
    except AttributeError as err:
        assert "no_such_name" in str(err)
    else:
        raise AssertionError("expected AttributeError")


def test_light_import_does_not_load_the_model_stack() -> None:
    code = "import sys, baocao; print('openai' in sys.modules, 'instructor' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_version_matches_package_metadata() -> None:
    from importlib.metadata import version

    assert baocao.__version__ == version("baocao")


def test_a_submodule_is_reached_from_a_bare_import() -> None:
    # A user's schema may write baocao.scoring.ScoringRules(...) after a plain `import baocao`.
    code = (
        "import baocao; print(baocao.scoring.ScoringRules.__name__, "
        "baocao.schemas.CompactSchema.__name__, baocao.crosscheck.verify.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ScoringRules", "CompactSchema", "verify"]


def test_the_function_evaluate_is_not_shadowed_by_its_module() -> None:
    code = "import baocao, baocao.evaluation; print(baocao.evaluate is baocao.evaluation.evaluate)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_dir_lists_the_public_names_not_the_helpers() -> None:
    listed = dir(baocao)
    assert set(baocao.__all__) <= set(listed)
    assert not {"TYPE_CHECKING", "importlib", "annotations", "Any"} & set(listed)
