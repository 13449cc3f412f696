"""Settings in one place: ``RESPGRAPH_*`` for our own, ``NEO4J_*`` for the connection."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "respgraph"


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "respgraph"


class ConnectionSettings(BaseSettings):
    """An external Neo4j (docker-compose, remote, Aura, cluster). Unset ``uri`` means the local server."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", extra="ignore")

    uri: str | None = None
    username: str = "neo4j"
    password: str | None = Field(default=None, repr=False)
    database: str = "neo4j"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RESPGRAPH_", extra="ignore")

    # Local Neo4j server assembled from Maven Central.
    home: Path = Field(default_factory=lambda: _data_home() / "neo4j")
    cache_dir: Path = Field(default_factory=lambda: _cache_home())
    neo4j_version: str = "5.26.29"
    browser_version: str = "5.24.0"
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "512m"

    # API.
    api_key: str | None = Field(default=None, repr=False)
    cors_origins: list[str] = Field(default_factory=list)
    max_upload_bytes: int = 2_000_000
    query_timeout_s: float = 10.0
    result_limit: int = 500


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def get_connection_settings() -> ConnectionSettings:
    return ConnectionSettings()
