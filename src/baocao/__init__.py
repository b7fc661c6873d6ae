"""baocao: Vietnamese health-sector review articles to structured, verified reports.

The public API::

    from baocao import Extractor, Run, collect_sources, find_numbers, load_document, verify

    with Extractor(offline=True) as extractor:
        extraction = extractor.extract("examples/articles/000_653dcc8e01e3b730.txt")
        print(extraction.report, extraction.verification.ungrounded)

    # a batch into a file: resumes where it stopped, Ctrl-C / SIGTERM lose nothing finished
    with Extractor(offline=True) as extractor, Run(extractor, "out/reports.jsonl") as run:
        result = run.extract(collect_sources(["examples/articles"]))

Every name is imported from its module on first use: ``import baocao`` itself loads
nothing, so the model stack (openai, instructor) is imported only when :class:`Extractor`
or :class:`Extraction` is first used, and the ``baocao`` command can take charge of
Ctrl-C and SIGTERM before its half-second of imports (``baocao.__main__``).
"""

from __future__ import annotations

import importlib

# Not typing's: importing typing costs ~7 ms, in the window before the command's entry
# (baocao.__main__) takes charge of Ctrl-C and SIGTERM. Type checkers read it by its name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from baocao.crosscheck import (
        CheckItem,
        Grounded,
        NotGrounded,
        Policy,
        Quote,
        Status,
        Verification,
        verify,
    )
    from baocao.documents import Document, load_document
    from baocao.errors import (
        BaocaoError,
        ConfigError,
        ContextWindowError,
        DocumentError,
        EndpointFailingError,
        EndpointTimeoutError,
        EndpointUnreachableError,
        ExtractionError,
        GroundingError,
        OutputLockedError,
        ProviderError,
        QuotaExhaustedError,
        RecordError,
        RunStoppedError,
        SchemaError,
        TruncatedError,
    )
    from baocao.evaluation import EvalReport, evaluate
    from baocao.export import write_csv
    from baocao.numerals import (
        Kind,
        NumberIndex,
        NumberMention,
        Qualifier,
        find_numbers,
        locate_value,
    )
    from baocao.pipeline import Extraction, Extractor
    from baocao.record import ErrorInfo, Record, SourceInfo, Usage
    from baocao.records import OutputLock, RecordWriter, current_records, read_records
    from baocao.review import write_review_site
    from baocao.runs import Plan, Run, RunResult, collect_sources
    from baocao.schemas import ReportType, available_report_types, load_report_type
    from baocao.settings import Settings, resolve_endpoint

__version__ = "0.1.0"

# public name -> the module defining it; imported on first use (__getattr__).
_LAZY: dict[str, str] = {
    "BaocaoError": "baocao.errors",
    "CheckItem": "baocao.crosscheck",
    "ConfigError": "baocao.errors",
    "ContextWindowError": "baocao.errors",
    "Document": "baocao.documents",
    "DocumentError": "baocao.errors",
    "EndpointFailingError": "baocao.errors",
    "EndpointTimeoutError": "baocao.errors",
    "EndpointUnreachableError": "baocao.errors",
    "ErrorInfo": "baocao.record",
    "EvalReport": "baocao.evaluation",
    "Extraction": "baocao.pipeline",
    "ExtractionError": "baocao.errors",
    "Extractor": "baocao.pipeline",
    "Grounded": "baocao.crosscheck",
    "GroundingError": "baocao.errors",
    "Kind": "baocao.numerals",
    "NotGrounded": "baocao.crosscheck",
    "NumberIndex": "baocao.numerals",
    "NumberMention": "baocao.numerals",
    "OutputLock": "baocao.records",
    "OutputLockedError": "baocao.errors",
    "Plan": "baocao.runs",
    "Policy": "baocao.crosscheck",
    "ProviderError": "baocao.errors",
    "Qualifier": "baocao.numerals",
    "QuotaExhaustedError": "baocao.errors",
    "Quote": "baocao.crosscheck",
    "Record": "baocao.record",
    "RecordError": "baocao.errors",
    "RecordWriter": "baocao.records",
    "ReportType": "baocao.schemas",
    "Run": "baocao.runs",
    "RunResult": "baocao.runs",
    "RunStoppedError": "baocao.errors",
    "SchemaError": "baocao.errors",
    "Settings": "baocao.settings",
    "SourceInfo": "baocao.record",
    "Status": "baocao.crosscheck",
    "TruncatedError": "baocao.errors",
    "Usage": "baocao.record",
    "Verification": "baocao.crosscheck",
    "available_report_types": "baocao.schemas",
    "collect_sources": "baocao.runs",
    "current_records": "baocao.records",
    "evaluate": "baocao.evaluation",
    "find_numbers": "baocao.numerals",
    "load_document": "baocao.documents",
    "load_report_type": "baocao.schemas",
    "locate_value": "baocao.numerals",
    "read_records": "baocao.records",
    "resolve_endpoint": "baocao.settings",
    "verify": "baocao.crosscheck",
    "write_csv": "baocao.export",
    "write_review_site": "baocao.review",
}

__all__ = [
    "BaocaoError",
    "CheckItem",
    "ConfigError",
    "ContextWindowError",
    "Document",
    "DocumentError",
    "EndpointFailingError",
    "EndpointTimeoutError",
    "EndpointUnreachableError",
    "ErrorInfo",
    "EvalReport",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "Grounded",
    "GroundingError",
    "Kind",
    "NotGrounded",
    "NumberIndex",
    "NumberMention",
    "OutputLock",
    "OutputLockedError",
    "Plan",
    "Policy",
    "ProviderError",
    "Qualifier",
    "QuotaExhaustedError",
    "Quote",
    "Record",
    "RecordError",
    "RecordWriter",
    "ReportType",
    "Run",
    "RunResult",
    "RunStoppedError",
    "SchemaError",
    "Settings",
    "SourceInfo",
    "Status",
    "TruncatedError",
    "Usage",
    "Verification",
    "__version__",
    "available_report_types",
    "collect_sources",
    "current_records",
    "evaluate",
    "find_numbers",
    "load_document",
    "load_report_type",
    "locate_value",
    "read_records",
    "resolve_endpoint",
    "verify",
    "write_csv",
    "write_review_site",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use; or a submodule (``baocao.scoring``)."""
    module = _LAZY.get(name)
    value = _submodule(name) if module is None else getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def _submodule(name: str) -> Any:
    """``import baocao`` then ``baocao.scoring.ScoringRules``, as a user's schema may write it."""
    missing = AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name.startswith("__"):  # probes such as __wrapped__ or __path__ look for no module
        raise missing
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{name}":
            raise  # the submodule exists and fails to import something of its own
        raise missing from None


def __dir__() -> list[str]:
    """The public names and the module's own dunders, not its helpers."""
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__")})
