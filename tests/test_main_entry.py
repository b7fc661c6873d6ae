"""The ``baocao`` command's entry (baocao.__main__): a stop while the CLI is being imported.

Each test runs the entry in a fresh Python whose import system sends the signal itself at the
moment ``baocao.cli`` starts to load, so the stop lands inside the half-second of imports
every time, with no timing guesswork.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import baocao.__main__ as baocao_main
from baocao.__main__ import EXIT_STOPPED, STOPPED_WHILE_STARTING

# A meta-path finder that, when baocao.cli is first looked for, sends SIG to this process;
# with SWALLOW it catches the KeyboardInterrupt and either fails with an ImportError ("fail"),
# as a library's own import sometimes does, or lets the import go on ("go on").
PROGRAM = textwrap.dedent(
    """
    import os, signal, sys
    SIG, SWALLOW, IGNORE_SIGINT = {sig}, {swallow}, {ignore_sigint}
    STOP_IN_COMMAND = {stop_in_command}

    class StopWhileImportingCli:
        def find_spec(self, name, path=None, target=None):
            if name != "baocao.cli" or SIG is None:
                return None
            if not SWALLOW:
                os.kill(os.getpid(), SIG)
                return None
            try:
                os.kill(os.getpid(), SIG)
                for _ in range(1000):  # the handler runs between bytecodes of this loop
                    pass
            except KeyboardInterrupt:
                if SWALLOW == "fail":
                    raise ImportError("a library swallowed the stop") from None
            return None  # SWALLOW == "go on": the stop was printed and ignored, the import goes on

    if IGNORE_SIGINT:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.meta_path.insert(0, StopWhileImportingCli())
    sys.argv = ["baocao", "--version"]
    if STOP_IN_COMMAND:  # the stop lands once the CLI is imported, while typer builds the command
        import baocao.cli

        def app():
            os.kill(os.getpid(), STOP_IN_COMMAND)
            for _ in range(1000):
                pass

        baocao.cli.app = app
    from baocao.__main__ import main
    main()
    """
)


def run_entry(
    sig: str | None,
    *,
    swallow: str | None = None,
    ignore_sigint: bool = False,
    stop_in_command: str | None = None,
) -> subprocess.CompletedProcess[str]:
    code = PROGRAM.format(
        sig=f"signal.{sig}" if sig else None,
        swallow=repr(swallow),
        ignore_sigint=ignore_sigint,
        stop_in_command=f"signal.{stop_in_command}" if stop_in_command else None,
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_ctrl_c_while_importing_the_cli_exits_130_with_one_line() -> None:
    done = run_entry("SIGINT")
    assert done.returncode == EXIT_STOPPED, done.stderr
    assert done.stderr.strip() == STOPPED_WHILE_STARTING
    assert done.stdout == ""


def test_sigterm_while_importing_the_cli_exits_130_not_143() -> None:
    done = run_entry("SIGTERM")
    assert done.returncode == EXIT_STOPPED, done.stderr
    assert done.stderr.strip() == STOPPED_WHILE_STARTING


def test_a_stop_a_library_turned_into_an_import_error_still_exits_130() -> None:
    done = run_entry("SIGTERM", swallow="fail")
    assert done.returncode == EXIT_STOPPED, done.stderr
    assert "Traceback" not in done.stderr


def test_a_stop_swallowed_while_the_import_goes_on_still_stops_before_the_command() -> None:
    # As when the import system runs the handler inside a callback of its own and only prints
    # "Exception ignored": the import succeeds, but the user asked to stop.
    done = run_entry("SIGINT", swallow="go on")
    assert done.returncode == EXIT_STOPPED, done.stderr
    assert done.stderr.strip() == STOPPED_WHILE_STARTING
    assert done.stdout == ""  # the command (--version) never ran


def test_a_stop_while_typer_builds_the_command_exits_130_without_a_traceback() -> None:
    for sig in ("SIGINT", "SIGTERM"):
        done = run_entry(None, stop_in_command=sig)
        assert done.returncode == EXIT_STOPPED, (sig, done.stderr)
        assert done.stderr.strip() == STOPPED_WHILE_STARTING, sig


def test_an_import_error_without_a_stop_is_not_reported_as_a_stop() -> None:
    code = (
        "import sys\n"
        "class Broken:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'baocao.cli':\n"
        "            raise ImportError('broken install')\n"
        "sys.meta_path.insert(0, Broken())\n"
        "sys.argv = ['baocao', '--version']\n"
        "from baocao.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert "broken install" in done.stderr
    assert STOPPED_WHILE_STARTING not in done.stderr


def test_sigint_ignored_at_start_stays_ignored_while_importing() -> None:
    # A background job of a script (started with SIGINT ignored) is not stopped by Ctrl-C.
    done = run_entry("SIGINT", ignore_sigint=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("baocao ")


def test_without_a_stop_the_entry_runs_the_cli() -> None:
    done = run_entry(None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("baocao ")


def test_importing_baocao_loads_none_of_its_modules() -> None:
    # What lets the entry take charge of the signals before the CLI's imports begin.
    code = "import sys, baocao; print(sorted(m for m in sys.modules if m.startswith('baocao')))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "['baocao']"


class _RaisesWhenCollected:
    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __del__(self) -> None:
        raise self.error  # Python can only print it: an "unraisable" exception


def test_a_stops_interrupt_python_cannot_raise_is_not_printed_as_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "unraisablehook", baocao_main._unraisable)
    _RaisesWhenCollected(KeyboardInterrupt())  # collected at once: its __del__ raises
    assert capsys.readouterr().err == ""
    _RaisesWhenCollected(ValueError("a real problem"))
    assert "a real problem" in capsys.readouterr().err  # anything else is still reported


# A sitecustomize whose finder stops the start inside an exec() of source text, as a stop that
# lands while dataclasses or typing define code does.
STOP_INSIDE_EXEC = textwrap.dedent(
    """
    import sys

    class StopInsideExec:
        def find_spec(self, name, path=None, target=None):
            if name == "baocao.cli":
                exec(
                    "import os, signal\\n"
                    "os.kill(os.getpid(), signal.SIGTERM)\\n"
                    "for _ in range(1000):\\n"
                    "    pass\\n"
                )
            return None

    sys.meta_path.insert(0, StopInsideExec())
    """
)


def test_python_m_baocao_stopped_inside_an_exec_still_exits_130(tmp_path: Path) -> None:
    # CPython notes an exec() that ended in KeyboardInterrupt and, under `python -m`, exits
    # by SIGINT (-2) at the end whatever the program's code, unless the note is cleared.
    (tmp_path / "sitecustomize.py").write_text(STOP_INSIDE_EXEC, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    done = subprocess.run(
        [sys.executable, "-m", "baocao", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert done.returncode == EXIT_STOPPED, done.stderr
    assert done.stderr.strip() == STOPPED_WHILE_STARTING
