"""Incremental publishing: a rebuild renders and writes only the pages whose inputs changed."""

from .plugin import register

__all__ = ["register"]
