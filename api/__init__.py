"""The FastAPI service over the respgraph graph."""
