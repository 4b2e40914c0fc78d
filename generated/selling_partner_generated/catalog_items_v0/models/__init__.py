"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .categories import Categories
    from .categories_parent import CategoriesParent
    from .error import Error
    from .list_catalog_categories_response import ListCatalogCategoriesResponse

_MODULES: dict[str, str] = {
    "Categories": ".categories",
    "CategoriesParent": ".categories_parent",
    "Error": ".error",
    "ListCatalogCategoriesResponse": ".list_catalog_categories_response",
}

__all__ = (
    "Categories",
    "CategoriesParent",
    "Error",
    "ListCatalogCategoriesResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
