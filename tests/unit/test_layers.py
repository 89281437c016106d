"""The service's packages form layers: no package imports another that imports it back.

Read from the source with `ast` (every import statement, at module level or inside a function),
so a new import that closes a loop fails here before it fails at run time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

SERVICE = Path(__file__).resolve().parents[2] / "service"
PACKAGES = ("service.api", "service.store", "service.reconcile", "service.pipeline", "service.ingest")


def imported_modules(source: str, module: str) -> set[str]:
    """Every absolute module name that `source` (the text of `module`) imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing module's package
                base = module.split(".")[: -node.level]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def package_of(module: str, packages: Iterable[str]) -> str | None:
    return next((p for p in packages if module == p or module.startswith(p + ".")), None)


def package_graph(sources: Mapping[str, str], packages: Iterable[str]) -> dict[str, set[str]]:
    """package -> the other packages its modules import, from {module name: source text}."""
    packages = tuple(packages)
    graph: dict[str, set[str]] = {p: set() for p in packages}
    for module, source in sources.items():
        home = package_of(module, packages)
        if home is None:
            continue
        for name in imported_modules(source, module):
            target = package_of(name, packages)
            if target is not None and target != home:
                graph[home].add(target)
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Each package that can reach itself, with the path back (empty when the graph is layered)."""
    found = []
    for start in sorted(graph):
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    found.append([*path, start])
                    stack.clear()
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    return found


def service_sources() -> dict[str, str]:
    out = {}
    for path in SERVICE.rglob("*.py"):
        parts = path.relative_to(SERVICE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path.read_text(encoding="utf-8")
    return out


def test_no_package_imports_one_that_imports_it_back() -> None:
    graph = package_graph(service_sources(), PACKAGES)
    assert cycles(graph) == [], graph


def test_the_ingest_path_and_the_store_are_free_of_web_types() -> None:
    graph = package_graph(service_sources(), PACKAGES)
    assert "service.api" not in graph["service.ingest"]
    assert "service.api" not in graph["service.store"]
    assert graph["service.pipeline"] == set()
    assert graph["service.reconcile"] <= {"service.pipeline"}


def test_every_listed_package_is_read() -> None:
    sources = service_sources()
    for package in PACKAGES:
        assert package in sources, package  # its __init__ exists, so the walk saw the package


def test_a_loop_is_found() -> None:
    sources = {
        "service.store.rows": "from service.reconcile.model import Row\n",
        "service.reconcile.model": "def f():\n    from service.store import rows\n",
        "service.api.x": "import service.store.rows\n",
    }
    graph = package_graph(sources, PACKAGES)
    assert graph["service.store"] == {"service.reconcile"}
    assert graph["service.reconcile"] == {"service.store"}
    assert ["service.reconcile", "service.store", "service.reconcile"] in cycles(graph)
    assert all(c[0] != "service.api" for c in cycles(graph))


def test_relative_imports_are_resolved() -> None:
    found = imported_modules("from ..store import rows\nfrom . import x\n", "service.api.articles")
    assert "service.store.rows" in found
    assert "service.api.x" in found
