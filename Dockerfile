FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY respgraph respgraph
COPY graph graph
COPY api api
COPY loaders loaders
COPY cypher cypher
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["respgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
