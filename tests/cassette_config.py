"""How baocao's tests record and replay HTTP cassettes (pytest-recording over vcrpy).

Cassettes live in the top-level ``cassettes/`` folder, one YAML file per test named for the
scenario. ``tests/conftest.py`` wires the pieces below into pytest-recording:

* :func:`vcr_settings`: replay only (``record_mode="none"``; ``make record`` passes
  ``--record-mode=rewrite``), requests matched on method, path and body (never host or port:
  the scripted server listens on a random port, and replays need no server at all);
* :func:`scrub_request` / :func:`scrub_response`: only the headers listed in
  :data:`KEPT_REQUEST_HEADERS` / :data:`KEPT_RESPONSE_HEADERS` are saved, so keys, cookies,
  organisation and request ids (:data:`SECRET_HEADERS`) and volatile headers (``Date``,
  ``x-stainless-*``, the ``Host`` with its random port) never reach a cassette;
* :data:`SERIALIZER`: YAML that keeps Vietnamese text readable (``allow_unicode``);
* :func:`noting_cassette_misses` and :func:`rerecord_hint`: a request that is not in its
  cassette (a prompt, schema or request change) fails the test with a message that says to
  run ``make record``, not with the connection error the openai client turns it into.
"""

from __future__ import annotations

import copy
import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlsplit, urlunsplit

import yaml
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

from scripted_server import ScriptedServer, Step

REPO = Path(__file__).resolve().parents[1]
CASSETTES_DIR = REPO / "cassettes"
LIVE_SUBDIR = "live"

# A test-only key: replays need no secret, and recordings never hold one (headers are scrubbed;
# tests/test_cassettes.py scans every cassette for this string and for any "sk-" key).
DUMMY_API_KEY = "sk-test-dummy"
# Replays never connect (vcr answers), so the base URL only has to be local and well formed.
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"

MATCH_ON = ("method", "path", "body")
# Headers that carry credentials or per-request identifiers: named here so the secret scan
# checks for them by name; they are dropped because they are not in the KEPT lists below.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "api-key",
        "x-api-key",
        "cookie",
        "set-cookie",
        "openai-organization",
        "openai-project",
        "x-request-id",
        "request-id",
    }
)
# What replay needs: content-type selects vcrpy's JSON body matcher and the client's parser;
# the retry headers drive the transport layer's waits.
KEPT_REQUEST_HEADERS = frozenset({"content-type", "accept"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "retry-after", "retry-after-ms"})
LOOPBACK_NAMES = frozenset({"localhost"})
YAML_WIDTH = 100
MAX_VCR_MESSAGE_CHARS = 2_000

RECORD_COMMAND = "make record"
RECORD_LIVE_COMMAND = "make record-live"


def _is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def scrub_request(request: Request) -> Request:
    """A copy of ``request`` as it is saved: kept headers only, a loopback URI without port.

    vcrpy also applies this to each live request before matching it, so it must not change
    what the matchers compare (method, path, body) and must be idempotent.
    """
    scrubbed = copy.deepcopy(request)
    for name in list(scrubbed.headers):
        if name.lower() not in KEPT_REQUEST_HEADERS:
            del scrubbed.headers[name]
    parts = urlsplit(scrubbed.uri)
    if _is_loopback(parts.hostname):
        # The scripted server's port is random: a fixed host keeps re-recordings diff-free.
        scrubbed.uri = urlunsplit(parts._replace(netloc="127.0.0.1"))
    return scrubbed


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """A copy of a recorded response with the kept headers only (no Date, cookies, ids)."""
    scrubbed = dict(response)
    headers = response.get("headers", {})
    scrubbed["headers"] = {
        name: values for name, values in headers.items() if name.lower() in KEPT_RESPONSE_HEADERS
    }
    return scrubbed


def vcr_settings() -> dict[str, Any]:
    """The ``vcr_config`` every cassette test uses."""
    # No "record_mode" here: pytest-recording would let it override --record-mode. Its own
    # default without that option is "none" (replay only), which is what CI runs.
    return {
        "match_on": MATCH_ON,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


class _CassetteDumper(yaml.SafeDumper):
    """Safe YAML with multi-line strings as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_CassetteDumper.add_representer(str, _represent_str)


class ReadableYamlSerializer:
    """vcrpy serializer: safe YAML that writes Vietnamese as text, not ``\\u`` escapes."""

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        """YAML text of a cassette."""
        text: str = yaml.dump(
            cassette_dict,
            Dumper=_CassetteDumper,
            allow_unicode=True,
            sort_keys=False,
            width=YAML_WIDTH,
        )
        return text

    @staticmethod
    def deserialize(cassette_string: str) -> dict[str, Any]:
        """A cassette read back (safe loader: no Python tags)."""
        data: dict[str, Any] = yaml.safe_load(cassette_string)
        return data


SERIALIZER = ReadableYamlSerializer()


@contextmanager
def noting_cassette_misses() -> Iterator[list[CannotOverwriteExistingCassetteException]]:
    """Collect every "request not in cassette" vcrpy raises while the block runs.

    The openai client wraps that exception in ``APIConnectionError`` and baocao retries and
    reports it as a per-article error, so the test would only see a failed extraction. Noting
    each one where vcrpy builds it lets the test report say what actually happened.
    """
    misses: list[CannotOverwriteExistingCassetteException] = []
    original = CannotOverwriteExistingCassetteException.__init__

    def noting_init(self: CannotOverwriteExistingCassetteException, *args: Any, **kw: Any) -> None:
        original(self, *args, **kw)
        misses.append(self)

    with mock.patch.object(CannotOverwriteExistingCassetteException, "__init__", noting_init):
        yield misses


def rerecord_hint(misses: list[CannotOverwriteExistingCassetteException]) -> str:
    """The failure message for requests that were not found in their cassette."""
    first = misses[0]
    path = Path(str(getattr(first.cassette, "_path", "?")))
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    live = path.parent.name == LIVE_SUBDIR
    command = RECORD_LIVE_COMMAND if live else RECORD_COMMAND
    if getattr(first, "reason", "") == "cassette_not_found":
        what = "the cassette file is missing"
    else:
        what = "the request differs from the recorded one (a prompt, schema, model or code change)"
    detail = str(first)
    if len(detail) > MAX_VCR_MESSAGE_CHARS:
        detail = detail[:MAX_VCR_MESSAGE_CHARS] + " ..."
    return (
        f"{len(misses)} request(s) not found in cassette {shown}: {what}. If the change is "
        f"intended, run `{command}` to re-record the cassettes, check `git diff cassettes/` "
        "and commit them (see cassettes/README.md).\n\n"
        f"vcrpy: {detail}"
    )


@dataclass
class Endpoint:
    """Where a cassette test's requests go: the scripted server when recording (``make
    record``), nowhere when replaying (the cassette answers)."""

    base_url: str
    server: ScriptedServer | None

    def script(self, *steps: Step) -> None:
        """Queue answers or faults before the golds (replays answer from the cassette)."""
        if self.server is not None:
            self.server.script(*steps)
