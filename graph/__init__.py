"""The domain model of respgraph, its Neo4j gateway and writer, and in-memory analyses."""
