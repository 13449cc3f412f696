"""respgraph: 责任制 documents as a cited Neo4j graph."""

__version__ = "0.1.0"
