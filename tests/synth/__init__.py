"""Generated articles for tests and benchmarks (templates in templates.yaml)."""

from .generate import generate_articles, write_articles

__all__ = ["generate_articles", "write_articles"]
