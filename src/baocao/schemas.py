"""The report-type registry: find a report schema by name or by file path.

A report type is a Pydantic model in a Python file plus a pair of prompt templates. Bundled
types live in the top-level ``schemas/`` folder (shipped inside the wheel) with their prompts
in ``prompts/``; a user's type is named as ``path/to/file.py:ClassName`` (or just
``path/to/file.py`` when the module declares ``REPORT_MODEL``), with its prompts in a
``prompts/`` folder beside the file or in the file's own folder.

Schema files are imported by path under a unique module name (never as ``schemas.<name>``,
which would clash with a user's own package), once per file version.

The JSON schema a model sees is sent with every request, so it is part of the prompt's fixed
cost. A report model that derives from :class:`CompactSchema` gets a compact one
(:class:`CompactJsonSchema`): no generated titles, no class docstrings below the root, enums
and models used once written in place, ``null`` unions as type lists, no ``"default": null``.
The field descriptions, written for the model, are all that remains besides the structure.
:data:`PlainDecimal` is the number type for a report's figures: exact in Python, a plain JSON
number in the record.
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import json
import logging
import sys
import threading
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, PlainSerializer, WithJsonSchema
from pydantic.json_schema import (
    DEFAULT_REF_TEMPLATE,
    GenerateJsonSchema,
    JsonSchemaMode,
    JsonSchemaValue,
)
from pydantic_core import CoreSchema

from baocao.errors import SchemaError
from baocao.settings import DEFAULT_SCHEMA, bundled_dir

logger = logging.getLogger(__name__)

SCHEMAS_FOLDER = "schemas"
PROMPTS_FOLDER = "prompts"
SCHEMA_SUFFIX = ".py"
REPORT_MODEL_ATTRIBUTE = "REPORT_MODEL"
MODULE_PREFIX = "baocao_report_type_"
PATH_HASH_CHARS = 12
DEFS_KEY = "$defs"
REF_KEY = "$ref"
DEFS_PREFIX = "#/$defs/"
# Keys a compact schema leaves out below the root: generated names and class docstrings.
DROPPED_BELOW_ROOT = frozenset({"title"})
# Above this many significant digits a float could round: such values are written as strings.
FLOAT_SAFE_DIGITS = 15

# (resolved path, mtime_ns, size) -> module: a file is imported once per version of it.
_modules: dict[tuple[str, int, int], ModuleType] = {}
# Re-entrant: a schema file may itself load a report type (to build on a bundled one).
_modules_lock = threading.RLock()


@dataclass(frozen=True)
class ReportType:
    """A loaded report type.

    Attributes:
        name: the registry name (``health_review``) or, for a file, the file's stem; prompt
            templates are ``<name>.system.j2`` and ``<name>.user.j2``.
        model: the root Pydantic model of the report.
        prompts_dir: where the prompt templates are looked up.
        module_path: the schema file the model was loaded from (for a model given from
            code, its module's file; ``Path()`` when that module has no file, as in
            ``python -c``: :attr:`where` names the module then).
        spec: how a record names the type: the registry name as given, or the schema file's
            absolute path (with ``:ClassName`` when one was given), so that the records can
            be read from any folder.
    """

    name: str
    model: type[BaseModel]
    prompts_dir: Path
    module_path: Path
    spec: str = ""

    @property
    def where(self) -> str:
        """Where the type is defined, for messages: its schema file, or the module of a
        model from code whose module has no file."""
        if self.module_path == Path():
            return f"module {self.model.__module__}"
        return str(self.module_path)

    def declared(self, name: str) -> object | None:
        """A module-level name the type's schema file declares (None when it declares none):
        :func:`declaration` of its model."""
        return declaration(self.model, name)


def declaration(model: type[BaseModel], name: str) -> object | None:
    """A module-level name declared beside a report model (None when there is none).

    How a report type tells the generic outputs what its fields cannot say (the CSV's column
    names, which fields the review's overview charts, how eval scores it): the module that
    defines the model declares it, and export, review and eval read it here, from the model
    alone, so a model defined in code has declarations too (its module's).
    """
    module = sys.modules.get(model.__module__)
    return None if module is None else getattr(module, name, None)


def available_report_types() -> list[str]:
    """The names of the bundled report types, sorted.

    Raises:
        ConfigError: the bundled schemas folder is missing (a broken install).
    """
    folder = bundled_dir(SCHEMAS_FOLDER)
    return sorted(
        path.stem
        for path in folder.glob(f"*{SCHEMA_SUFFIX}")
        if path.is_file() and not path.stem.startswith("_")
    )


def load_report_type(name_or_path: str) -> ReportType:
    """Load a report type by registry name or as ``path/to/file.py[:ClassName]``.

    Args:
        name_or_path: ``health_review``, ``my_schemas/event.py:EventReport``, or a ``.py``
            path whose module declares ``REPORT_MODEL``.

    Raises:
        SchemaError: the name is unknown (the message lists the available ones), the file is
            missing or fails to import, the class is missing or is not a Pydantic model.
    """
    spec = name_or_path.strip()
    if not spec:
        raise SchemaError(_unknown_name_message(name_or_path))
    path_text, class_name = _split_class(spec)
    if _looks_like_path(path_text):
        path = Path(path_text).expanduser()
        if not path.is_file():
            raise SchemaError(
                f"schema file '{path}' does not exist (from '{name_or_path}'): check the path, "
                "or use one of the bundled report types: " + ", ".join(available_report_types())
            )
        path = path.resolve()
        model = _model_from_file(path, class_name, name_or_path)
        return ReportType(
            name=path.stem,
            model=model,
            prompts_dir=_user_prompts_dir(path),
            module_path=path,
            spec=str(path) if class_name is None else f"{path}:{class_name}",
        )
    if path_text not in available_report_types():
        raise SchemaError(_unknown_name_message(name_or_path))
    path = (bundled_dir(SCHEMAS_FOLDER) / f"{path_text}{SCHEMA_SUFFIX}").resolve()
    model = _model_from_file(path, class_name, name_or_path)
    return ReportType(
        name=path_text,
        model=model,
        prompts_dir=bundled_dir(PROMPTS_FOLDER),
        module_path=path,
        spec=spec,
    )


def schema_file_gone(spec: str) -> bool:
    """True when ``spec`` names a schema file (``path.py[:Class]``) that is not there.

    A record names its report type as extract was given it; a file named by a relative path
    (records of older releases) or one moved since cannot be loaded from here.
    """
    path_text, _ = _split_class(spec.strip())
    return _looks_like_path(path_text) and not Path(path_text).expanduser().is_file()


def model_report_type(model: type[BaseModel]) -> ReportType:
    """A report model given from code as a report type.

    A bundled report type's model (as :func:`load_report_type` loaded it, or its schema file
    imported as a module) is that registered type: its name, prompts and spec. Any other
    model's module file stands for the schema file: prompts are looked up beside it as for a
    user's ``path.py:Class``, and ``spec`` names it so; a model whose module has no file (one
    defined in ``python -c``) is named by its class alone, its prompts looked up in the
    current folder. Either way, a model a schema file defines is of the type of the records
    that name that file (:func:`same_model`).

    Raises:
        SchemaError: ``model`` is not a Pydantic model class (another class, or an instance).
    """
    if not (inspect.isclass(model) and issubclass(model, BaseModel)):
        raise SchemaError(
            f"{model!r} is not a Pydantic model class: pass a report model (a subclass of "
            "pydantic.BaseModel, the class itself, not an instance), its report type's name, "
            "or 'path.py:Class'"
        )
    path = _model_file(model)
    if path is None:
        return ReportType(
            name=model.__name__,
            model=model,
            prompts_dir=Path.cwd(),
            module_path=Path(),
            spec=model.__qualname__,
        )
    bundled = _bundled_report_type(path, model)
    if bundled is not None:
        return bundled
    return ReportType(
        name=path.stem,
        model=model,
        prompts_dir=_user_prompts_dir(path),
        module_path=path,
        spec=f"{path}:{model.__qualname__}",
    )


def same_model(one: type[BaseModel], other: type[BaseModel]) -> bool:
    """True when two report models are one type: the same class, or the same class of one
    file (same module file, same qualified name) loaded twice, as a package's module
    imported and as a schema file loaded by path."""
    if one is other:
        return True
    file = _model_file(one)
    return (
        file is not None and one.__qualname__ == other.__qualname__ and file == _model_file(other)
    )


def _model_file(model: type[BaseModel]) -> Path | None:
    """The resolved file of the module defining ``model`` (None: a module without a file)."""
    module = sys.modules.get(model.__module__)
    file = getattr(module, "__file__", None)
    return Path(file).resolve() if isinstance(file, str) else None


def _bundled_report_type(path: Path, model: type[BaseModel]) -> ReportType | None:
    """The registered type whose schema file is ``path``, when ``model`` is its model."""
    if path.parent != bundled_dir(SCHEMAS_FOLDER).resolve():
        return None
    if path.suffix != SCHEMA_SUFFIX or path.stem not in available_report_types():
        return None
    registered = load_report_type(path.stem)
    if not same_model(registered.model, model):
        return None
    return registered if registered.model is model else replace(registered, model=model)


def given_report_type(schema: str | type[BaseModel]) -> ReportType:
    """The report type a caller gives: a registry name or ``path.py:Class`` spec
    (:func:`load_report_type`), or the model itself (:func:`model_report_type`)."""
    return load_report_type(schema) if isinstance(schema, str) else model_report_type(schema)


def records_report_type(
    named: str | None, schema: str | type[BaseModel] | None = None
) -> ReportType:
    """The report type to read a record with: the one it names, else the caller's.

    Args:
        named: the record's ``schema`` (None: an older record that names none).
        schema: the type the caller asked for (``--schema``, or a model passed from code;
            None: not asked).

    Returns:
        The record's own type; for a record that names none, ``schema`` (default
        :data:`~baocao.settings.DEFAULT_SCHEMA`); for a record whose schema file is gone,
        ``schema``.

    Raises:
        SchemaError: the record's schema file is gone and no ``schema`` was given (the
            message says to pass it); ``schema`` is another type than the one the record
            names (the message names both); a type cannot be loaded.
    """
    if named is None:
        return given_report_type(schema or DEFAULT_SCHEMA)
    if schema_file_gone(named):
        if schema is None:
            file = Path(_split_class(named.strip())[0]).expanduser()
            where = f"at {file}" if file.is_absolute() else f"from {Path.cwd()}"
            raise SchemaError(
                f"the records are of report type '{named}', whose schema file is not found "
                f"{where}: pass --schema path/to/file.py:ClassName naming where that "
                "file is now"
            )
        return given_report_type(schema)
    recorded = load_report_type(named)
    if schema is not None:
        given = given_report_type(schema)
        if not same_model(given.model, recorded.model):
            asked, leave_out = (
                (f"--schema '{schema}'", "--schema")
                if isinstance(schema, str)
                else (f"the model {schema.__qualname__}", "the model")
            )
            raise SchemaError(
                f"{asked} is report type '{given.name}', but the records are of "
                f"report type '{named}': leave out {leave_out} to read them as their own "
                "type, or give the records of that type"
            )
    return recorded


def schema_hash(model: type[BaseModel]) -> str:
    """The sha256 (hex) of the model's JSON schema, serialised with sorted keys.

    Any change a model could see (a field, a type, a description, an allowed value) changes
    the hash, so cache keys built from it miss after a schema edit.
    """
    schema = model.model_json_schema()
    canonical = json.dumps(schema, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def plain_number(value: Decimal) -> int | float | str:
    """A Decimal as a JSON number, without losing a digit.

    Integral values become ``int`` (``Decimal("73066")`` -> 73066, ``Decimal("1.6E+9")`` ->
    1600000000); others become ``float`` when the float prints back to the same number
    (82.8 -> 82.8); anything a float would round stays a string.
    """
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if len(value.as_tuple().digits) <= FLOAT_SAFE_DIGITS and Decimal(repr(as_float)) == value:
        return as_float
    return str(value)


# A quantity in plain units for a report schema's fields. The JSON schema says "number"
# (simple for tool / strict / grammar modes); validation still accepts numeric strings.
# Dumped to JSON as a number, never rounded.
PlainDecimal = Annotated[
    Decimal,
    WithJsonSchema({"type": "number"}),
    PlainSerializer(plain_number, when_used="json"),
]


class CompactJsonSchema(GenerateJsonSchema):
    """Pydantic's JSON schema, without what costs prompt tokens and tells the model nothing.

    Only the root keeps its ``title`` (the tool's name) and ``description``; below it, the
    generated ``title`` of every field and model and the docstrings of models and enums are
    dropped (a field's own ``description`` stays), ``"default": null`` is dropped (every
    default is applied by validation anyway), a ``$defs`` entry referenced once is written
    in place, and ``X | None`` of a plain type is ``{"type": [X, "null"]}``.
    """

    def __init__(
        self,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        union_format: Literal["any_of", "primitive_type_array"] = "primitive_type_array",
    ) -> None:
        # Always type lists: ``model_json_schema`` passes its own default, "any_of".
        super().__init__(by_alias, ref_template, "primitive_type_array")

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        """The compact JSON schema of ``schema`` (see the class docstring)."""
        return compact_json_schema(super().generate(schema, mode))


def compact_json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (a pydantic JSON schema) as :class:`CompactJsonSchema` writes it.

    Definitions referenced once are written in place; the others stay in ``$defs``.
    """
    definitions: dict[str, Any] = dict(schema.get(DEFS_KEY, {}))
    uses: dict[str, int] = {}
    _count_refs(schema, uses)
    inline = {name for name in definitions if uses.get(name, 0) <= 1}

    def rewrite(node: Any, root: bool = False) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        name = _ref_name(node)
        if name is not None and name in inline:
            # The definition in place of the reference, without its docstring; the field's
            # own keys (its description, a default) are kept.
            target = {k: v for k, v in definitions[name].items() if k != "description"}
            extra = {k: v for k, v in node.items() if k != REF_KEY}
            return rewrite({**target, **extra})
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key == DEFS_KEY:
                continue
            if not root and key in DROPPED_BELOW_ROOT and not isinstance(value, dict):
                continue
            if key == "default" and value is None:
                continue
            if key == "properties" and isinstance(value, dict):
                result[key] = {name: rewrite(field) for name, field in value.items()}
            else:
                result[key] = rewrite(value)
        return result

    compacted: dict[str, Any] = rewrite(schema, root=True)
    kept = {
        name: {k: v for k, v in rewrite(body).items() if k != "description"}
        for name, body in definitions.items()
        if name not in inline
    }
    if kept:
        compacted[DEFS_KEY] = kept
    return compacted


def _ref_name(node: dict[str, Any]) -> str | None:
    """The ``$defs`` name a schema node refers to, if it is a local reference."""
    ref = node.get(REF_KEY)
    if isinstance(ref, str) and ref.startswith(DEFS_PREFIX):
        return ref[len(DEFS_PREFIX) :]
    return None


def _count_refs(node: Any, uses: dict[str, int]) -> None:
    if isinstance(node, list):
        for item in node:
            _count_refs(item, uses)
    elif isinstance(node, dict):
        name = _ref_name(node)
        if name is not None:
            uses[name] = uses.get(name, 0) + 1
        for value in node.values():
            _count_refs(value, uses)


class CompactSchema(BaseModel):
    """A report model whose JSON schema is compact by default (:class:`CompactJsonSchema`).

    Only the root model of a report needs to derive from it: the schema of the whole tree is
    written by the root's generator.
    """

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = CompactJsonSchema,
        mode: JsonSchemaMode = "validation",
        *,
        union_format: Literal["any_of", "primitive_type_array"] = "primitive_type_array",
    ) -> dict[str, Any]:
        """The model's JSON schema, compact unless another generator is given."""
        return super().model_json_schema(
            by_alias, ref_template, schema_generator, mode, union_format=union_format
        )


def _split_class(spec: str) -> tuple[str, str | None]:
    """Split ``file.py:Class`` into its parts; a bare name or path has no class."""
    head, sep, tail = spec.rpartition(":")
    if sep and head and tail.isidentifier():
        return head, tail
    return spec, None


def _looks_like_path(text: str) -> bool:
    """True when ``text`` names a file rather than a registry name."""
    return text.endswith(SCHEMA_SUFFIX) or "/" in text or "\\" in text


def _unknown_name_message(name: str) -> str:
    available = ", ".join(available_report_types()) or "(none)"
    return (
        f"unknown report type '{name}': available report types are {available}; "
        "or give your own schema as 'path/to/file.py:ClassName'"
    )


def _user_prompts_dir(schema_path: Path) -> Path:
    """A ``prompts/`` folder beside the schema file if there is one, else the file's folder."""
    beside = schema_path.parent / PROMPTS_FOLDER
    return beside if beside.is_dir() else schema_path.parent


def _model_from_file(path: Path, class_name: str | None, spec: str) -> type[BaseModel]:
    """The report model a schema file defines (``class_name`` or its ``REPORT_MODEL``)."""
    module = _import_file(path, spec)
    if class_name is None:
        candidate = getattr(module, REPORT_MODEL_ATTRIBUTE, None)
        if candidate is None:
            raise SchemaError(
                f"schema file '{path}' declares no {REPORT_MODEL_ATTRIBUTE}: add "
                f"'{REPORT_MODEL_ATTRIBUTE} = YourReportModel' to it, or name the class as "
                f"'{path}:ClassName'"
            )
        label = f"{path}:{REPORT_MODEL_ATTRIBUTE}"
    else:
        candidate = getattr(module, class_name, None)
        if candidate is None:
            models = _models_in(module)
            raise SchemaError(
                f"schema file '{path}' has no class '{class_name}' (from '{spec}'); "
                f"Pydantic models defined there: {', '.join(models) or '(none)'}"
            )
        label = f"{path}:{class_name}"
    if not (inspect.isclass(candidate) and issubclass(candidate, BaseModel)):
        raise SchemaError(
            f"'{label}' is {candidate!r}, not a Pydantic model: a report type must be a "
            "subclass of pydantic.BaseModel"
        )
    return candidate


def _models_in(module: ModuleType) -> list[str]:
    return sorted(
        name
        for name, value in vars(module).items()
        if inspect.isclass(value)
        and issubclass(value, BaseModel)
        and value.__module__ == module.__name__
    )


def _import_file(path: Path, spec: str) -> ModuleType:
    """Import a schema file by path, once per version of the file.

    Raises:
        SchemaError: the file cannot be read or raises while importing.
    """
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _modules_lock:
        cached = _modules.get(key)
        if cached is None:
            cached = _modules[key] = _exec_file(path, key, spec)
    return cached


def _exec_file(path: Path, key: tuple[str, int, int], spec: str) -> ModuleType:
    """Execute a schema file as a fresh module registered in ``sys.modules``."""
    digest = hashlib.sha256("\0".join(map(str, key)).encode("utf-8")).hexdigest()
    module_name = f"{MODULE_PREFIX}{path.stem}_{digest[:PATH_HASH_CHARS]}"
    module_spec = importlib.util.spec_from_file_location(module_name, path)
    if module_spec is None or module_spec.loader is None:
        raise SchemaError(f"cannot import schema file '{path}' (from '{spec}'): not a module")
    module = importlib.util.module_from_spec(module_spec)
    # Pydantic resolves postponed annotations through sys.modules[model.__module__].
    sys.modules[module_name] = module
    try:
        module_spec.loader.exec_module(module)
    except Exception as err:
        del sys.modules[module_name]
        raise SchemaError(
            f"schema file '{path}' (from '{spec}') failed to import: "
            f"{type(err).__name__}: {err}; fix the file and try again"
        ) from err
    logger.debug("loaded schema file %s as %s", path, module_name)
    return module
