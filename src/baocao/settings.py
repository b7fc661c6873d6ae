"""Settings, read once at the edge and passed down.

Precedence is explicit: keyword arguments > environment > defaults. Library code below this
module never reads ``os.environ``; :meth:`Settings.from_env` is called by the CLI (or by a
library user who wants the environment) and the result is handed to the :class:`Extractor`.

Environment variables: ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``BAOCAO_MODEL``,
``BAOCAO_CACHE_DIR``, ``BAOCAO_CONCURRENCY``, ``BAOCAO_MODE``, ``BAOCAO_TIMEOUT``,
``BAOCAO_MAX_TOKENS``, ``BAOCAO_PRICES``, ``BAOCAO_CONTEXT_WINDOW``.

With no endpoint at all (no key, no base URL), :func:`resolve_endpoint` decides: offline
with a notice, or a :class:`ConfigError` when a model was asked for by name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from baocao.errors import ConfigError

DEFAULT_MODEL = "gpt-4o-mini"
# The report type used when none is named (flag, setting or record): the one place the engine
# names a report type (tests/test_engine_generic.py).
DEFAULT_SCHEMA = "health_review"
OPENAI_HOST = "api.openai.com"  # where DEFAULT_MODEL is served; base_url None means it
DEFAULT_CONCURRENCY = 8
DEFAULT_TIMEOUT_S = 120.0
# The answer's token limit (max_tokens of each request), kept free in the context window.
DEFAULT_MAX_TOKENS = 4096
DEFAULT_MAX_DOCUMENT_BYTES = 200_000
# How the model is asked for JSON: "auto" negotiates with the endpoint (baocao.llm tries the
# others in this order); any other name is used as given and never changed.
AUTO_MODE = "auto"
MODE_CHOICES = (AUTO_MODE, "tools", "json_schema", "json_object", "md_json")

# env var -> field name; one table, used by from_env and by error messages.
ENV_VARS: dict[str, str] = {
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
    "BAOCAO_MODEL": "model",
    "BAOCAO_CACHE_DIR": "cache_dir",
    "BAOCAO_CONCURRENCY": "concurrency",
    "BAOCAO_MODE": "mode",
    "BAOCAO_TIMEOUT": "timeout_s",
    "BAOCAO_MAX_TOKENS": "max_tokens",
    "BAOCAO_PRICES": "prices_file",
    "BAOCAO_CONTEXT_WINDOW": "context_window",
}


def default_cache_dir() -> Path:
    """The per-user cache folder (``~/.cache/baocao`` on Linux)."""
    return Path(platformdirs.user_cache_dir("baocao"))


class Settings(BaseModel):
    """Everything a run needs to know, validated once.

    Attributes:
        api_key: the endpoint key (never logged, never part of a cache key).
        base_url: an OpenAI-compatible endpoint; None means api.openai.com.
        model: the model name sent to the endpoint.
        mode: how the model is asked for JSON: ``auto`` (the default) finds the best mode
            the endpoint accepts; ``tools``, ``json_schema``, ``json_object`` or ``md_json``
            is used as given (see :data:`MODE_CHOICES`).
        schema_name: report type, a registry name or ``path.py:Class``.
        offline: use the rule-based backend, no model call.
        cache_dir: where extractions are cached; None disables the cache.
        no_cache / refresh: skip the cache entirely / ignore hits but write fresh results.
        concurrency: how many model requests are in flight at once.
        strict: an ungrounded value makes the article's record an error.
        timeout_s: per-request timeout in seconds. A request that times out is sent again
            (transport retries), while a local server may still be generating the abandoned
            answer: on a slow server raise it above the time one answer takes.
        max_document_bytes: larger inputs are refused with a DocumentError.
        temperature: the sampling temperature sent with every request.
        max_tokens: the answer's token limit (``max_tokens`` of each request); an answer cut
            at it is a TruncatedError. None sends no limit.
        prices_file: a JSON price table (same format as ``baocao/prices.json``) whose entries
            extend or override the bundled one.
        context_window: the endpoint's context size in tokens, when known: a request that
            would not fit it (with ``max_tokens`` for the answer) is not sent, and one too
            small for any article is refused when the Extractor is built. None: learned from
            the first refusal that states it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    mode: str = AUTO_MODE
    schema_name: str = DEFAULT_SCHEMA
    offline: bool = False
    cache_dir: Path | None = Field(default_factory=default_cache_dir)
    no_cache: bool = False
    refresh: bool = False
    concurrency: int = Field(default=DEFAULT_CONCURRENCY, ge=1, le=256)
    strict: bool = False
    timeout_s: float = Field(default=DEFAULT_TIMEOUT_S, gt=0)
    max_document_bytes: int = Field(default=DEFAULT_MAX_DOCUMENT_BYTES, gt=0)
    temperature: float = 0.0
    max_tokens: int | None = Field(default=DEFAULT_MAX_TOKENS, gt=0)
    prices_file: Path | None = None
    context_window: int | None = Field(default=None, gt=0)

    @field_validator("mode", mode="before")
    @classmethod
    def _known_mode(cls, value: Any) -> Any:
        """Accept a mode name in any case; refuse one baocao does not know."""
        if not isinstance(value, str):
            return value
        name = value.strip().lower()
        if name not in MODE_CHOICES:
            raise ValueError(f"unknown mode {value!r}: use one of {', '.join(MODE_CHOICES)}")
        return name

    @classmethod
    def build(cls, **values: Any) -> Settings:
        """Validate settings, dropping arguments that are None (so defaults apply).

        Raises:
            ConfigError: a value is of the wrong type or out of range.
        """
        given = {k: v for k, v in values.items() if v is not None}
        try:
            return cls(**given)
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors()
            )
            raise ConfigError(f"invalid settings: {problems}") from err

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        option_names: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> Settings:
        """Settings from the environment, overridden by keyword arguments that are not None.

        Args:
            environ: the environment to read (default ``os.environ``).
            option_names: how the caller names each override (``{"timeout_s": "--timeout"}``),
                for messages; a field without one is named as itself.
            **overrides: field values that win over the environment.

        Raises:
            ConfigError: a value is invalid; the message names only the offending inputs:
                the variable a value was read from, or the option that gave it.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        from_env: dict[str, str] = {}  # field -> the variable it was read from
        for var, field in ENV_VARS.items():
            raw = env.get(var, "").strip()
            if raw:
                values[field] = raw
                from_env[field] = var
        given = {k: v for k, v in overrides.items() if v is not None}
        values.update(given)
        try:
            return cls(**values)
        except ValidationError as err:
            options = option_names or {}
            names = {f: options.get(f, f) if f in given else v for f, v in from_env.items()}
            names.update({f: options.get(f, f) for f in given})
            problems = "; ".join(_problem(e, names) for e in err.errors())
            raise ConfigError(f"invalid settings: {problems}") from err

    @property
    def uses_cache(self) -> bool:
        """True when results are read from and written to the cache."""
        return self.cache_dir is not None and not self.no_cache


def _problem(error: Any, names: Mapping[str, str]) -> str:
    """One invalid value, named by where it came from (the variable or the option; the field
    for a keyword argument), with the value given (never the key's)."""
    field = ".".join(str(p) for p in error["loc"])
    name = names.get(field, field)
    shown = "" if field == "api_key" else f"={error.get('input')!r}"
    return f"{name}{shown}: {error['msg']}"


# How the inputs the endpoint rule names are called where no caller names them (library use).
ENDPOINT_NAMES = {"base_url": "base_url", "offline": "offline=True"}
API_KEY_ENV_VAR = next(var for var, name in ENV_VARS.items() if name == "api_key")
# How the notice starts that a run without a model endpoint goes offline (printed on stderr).
OFFLINE_NOTICE_PREFIX = "No model endpoint configured"
TIMEOUT_ENV_VAR = next(var for var, name in ENV_VARS.items() if name == "timeout_s")
MAX_TOKENS_ENV_VAR = next(var for var, name in ENV_VARS.items() if name == "max_tokens")


def resolve_endpoint(
    settings: Settings,
    *,
    model_named: bool = False,
    option_names: Mapping[str, str] | None = None,
) -> tuple[Settings, str | None]:
    """The settings to run with when no model endpoint may be configured, and a notice.

    Settings that are offline, or have an API key or a base URL, are returned as they are.
    With none of these, the run goes offline (the rule-based extractor) and the notice says
    so in one line, unless a model was asked for: named by the caller (``model_named``, e.g.
    ``--model``) or set to other than the default (``BAOCAO_MODEL``), which is an error.

    Args:
        settings: the settings built from the caller's arguments and the environment.
        model_named: the caller named a model explicitly.
        option_names: how the caller names ``base_url`` and ``offline`` in messages
            (``{"base_url": "--base-url", "offline": "--offline"}``); default
            :data:`ENDPOINT_NAMES`.

    Raises:
        ConfigError: a model was asked for, and there is no endpoint to ask.
    """
    if settings.offline or settings.api_key is not None or settings.base_url is not None:
        return settings, None
    names = {**ENDPOINT_NAMES, **(option_names or {})}
    base_url, offline = names["base_url"], names["offline"]
    if model_named or settings.model != DEFAULT_MODEL:
        raise ConfigError(
            f"no model endpoint for model {settings.model!r}: set {API_KEY_ENV_VAR} (or pass "
            f"{base_url} for a local server: Ollama, vLLM, llama.cpp), or use {offline} for "
            "the rule-based extractor"
        )
    notice = (
        f"{OFFLINE_NOTICE_PREFIX} (set {API_KEY_ENV_VAR}, or {base_url} for a local "
        f"server): extracting offline with the rule-based extractor ({offline})."
    )
    return settings.model_copy(update={"offline": True}), notice


def bundled_dir(name: str) -> Path:
    """Where the shipped ``schemas`` or ``prompts`` folder is.

    In a wheel they are force-included under ``baocao/_bundled/``; in an editable install
    (or a source checkout) they are the repository's top-level folders.

    Raises:
        ConfigError: neither location exists (a broken install).
    """
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "_bundled" / name, package_dir.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"baocao's bundled '{name}' folder is missing: reinstall baocao")
