"""The endpoint rule of settings: offline with a notice when nothing is configured."""

from __future__ import annotations

import pytest

from baocao import ConfigError, Settings, resolve_endpoint


@pytest.mark.parametrize(
    ("scenario", "settings"),
    [
        ("a key", Settings(api_key="sk-test", offline=False)),
        ("a base URL", Settings(base_url="http://127.0.0.1:9/v1")),
        ("offline already", Settings(offline=True)),
    ],
)
def test_configured_settings_are_kept_as_they_are(scenario: str, settings: Settings) -> None:
    assert resolve_endpoint(settings, model_named=True) == (settings, None), scenario


def test_no_endpoint_runs_offline_and_says_so_in_the_callers_words() -> None:
    library, notice = resolve_endpoint(Settings())
    assert library.offline
    assert notice is not None and "OPENAI_API_KEY" in notice and "offline=True" in notice
    names = {"base_url": "--base-url", "offline": "--offline"}
    _, cli_notice = resolve_endpoint(Settings(), option_names=names)
    assert cli_notice == (
        "No model endpoint configured (set OPENAI_API_KEY, or --base-url for a local server): "
        "extracting offline with the rule-based extractor (--offline)."
    )


@pytest.mark.parametrize(
    ("scenario", "settings", "named"),
    [
        ("a model named by the caller", Settings(), True),
        ("a model other than the default", Settings(model="qwen2.5"), False),
    ],
)
def test_a_model_asked_for_without_an_endpoint_is_an_error(
    scenario: str, settings: Settings, named: bool
) -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY") as caught:
        resolve_endpoint(settings, model_named=named)
    assert repr(settings.model) in str(caught.value), scenario
